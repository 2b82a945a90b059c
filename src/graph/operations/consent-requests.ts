/**
 * What reading the admin consent workflow and its requests asks for. Declarations only, with no client code: a screen's summary (its `index.ts`, in the first
 * load) names these, and importing the reader would bring its Graph code into the first load (decision 009).
 */
import type { GraphOperation } from '../operation';

export const READ_CONSENT_REQUESTS: GraphOperation = {
  name: 'Read admin consent requests',
  scopes: ['ConsentRequest.Read.All'],
  reason: 'Lists the applications users asked an administrator to approve, who asked, why and when.',
};
export const READ_CONSENT_REQUEST_POLICY: GraphOperation = {
  name: 'Read the admin consent workflow settings',
  scopes: ['Policy.Read.All'],
  reason: 'Shows whether users may ask for approval, who reviews their requests and how long a request stays open.',
};
