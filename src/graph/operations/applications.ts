/**
 * What reading applications (service principals) and their permissions asks for. Declarations only, with no client code: a screen's summary (its `index.ts`, in the first
 * load) names these, and importing the reader would bring its Graph code into the first load (decision 009).
 */
import type { GraphOperation } from '../operation';

export const READ_APPLICATIONS: GraphOperation = {
  name: 'Read applications',
  scopes: ['Application.Read.All'],
  reason: 'Lists every application (service principal) in the tenant and the application permissions it holds.',
};
export const READ_APP_PERMISSIONS: GraphOperation = {
  name: "Read an application's permissions",
  scopes: ['Directory.Read.All'],
  reason:
    'Reads the applications of the tenant, the permissions each API publishes, and what an application was granted (Graph requires Directory.Read.All to read delegated grants).',
};
