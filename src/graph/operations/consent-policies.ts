/**
 * What reading and changing the consent policies and permission classifications asks for. Declarations only, with no client code: a screen's summary (its `index.ts`, in the first
 * load) names these, and importing the reader would bring its Graph code into the first load (decision 009).
 */
import type { GraphOperation } from '../operation';

export const READ_AUTHORIZATION_POLICY: GraphOperation = {
  name: "Read the tenant's user-consent setting",
  scopes: ['Policy.Read.All'],
  reason: 'Reads the authorization policy: which permission grant policies decide what users may consent to themselves.',
};
export const READ_PERMISSION_GRANT_POLICIES: GraphOperation = {
  name: 'Read the permission grant policies',
  scopes: ['Policy.Read.PermissionGrant'],
  reason: 'Reads every permission grant (app consent) policy and its include and exclude conditions, to show and evaluate them.',
};
export const READ_CLASSIFICATIONS: GraphOperation = {
  name: "Read an API's permission classifications",
  scopes: ['Application.Read.All'],
  reason: 'Reads which delegated permissions of an API your organization classified as low impact.',
};
export const READ_USER_ROLES: GraphOperation = {
  name: "Read a user's directory roles",
  // The screen reads the tenant's applications with Directory.Read.All already; it also reads memberOf.
  scopes: ['Directory.Read.All'],
  reason: 'Knows whether the user holds a directory role that may consent to any permission (an administrator).',
};
export const WRITE_AUTHORIZATION_POLICY: GraphOperation = {
  name: "Change the tenant's user-consent setting",
  scopes: ['Policy.ReadWrite.Authorization'],
  reason: 'Assigns the permission grant policy that decides what users may consent to themselves.',
};
export const WRITE_CLASSIFICATIONS: GraphOperation = {
  name: 'Classify delegated permissions',
  scopes: ['Policy.ReadWrite.PermissionGrant'],
  reason: 'Classifies a delegated permission as low impact (or removes the classification), which consent policies can match.',
};
/** A classification change as it runs: the write, and the re-reads around it (which the write's scope does not cover). */
export const CHANGE_CLASSIFICATIONS: GraphOperation = {
  name: WRITE_CLASSIFICATIONS.name,
  scopes: [...WRITE_CLASSIFICATIONS.scopes, ...READ_CLASSIFICATIONS.scopes],
  reason: `${WRITE_CLASSIFICATIONS.reason} The API's classifications are read before and after, so one is never added twice.`,
};
