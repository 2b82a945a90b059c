/**
 * What reading and writing delegated permission grants (oauth2PermissionGrants) asks for. Declarations only, with no client code: a screen's summary (its `index.ts`, in the first
 * load) names these, and importing the reader would bring its Graph code into the first load (decision 009).
 */
import type { GraphOperation } from '../operation';

export const READ_GRANTS: GraphOperation = {
  name: 'Read delegated permission grants',
  scopes: ['Directory.Read.All'],
  reason: 'Reads which delegated permissions users and admins granted to each application (Graph requires Directory.Read.All for this).',
};
export const WRITE_GRANTS: GraphOperation = {
  name: 'Change delegated permission grants',
  scopes: ['DelegatedPermissionGrant.ReadWrite.All'],
  reason: 'Revokes, trims or creates delegated permission grants (what users and admins consented to).',
};
export const READ_GRANT_NOW: GraphOperation = {
  name: 'Re-read delegated permission grants',
  scopes: ['Directory.Read.All'],
  reason:
    'Before changing, restoring or confirming a delegated grant, the console reads it as it is now, so it never drops a permission someone added since the screen loaded (Graph requires Directory.Read.All to read grants).',
};
export const READ_USER_GRANTS: GraphOperation = {
  name: "Read a user's authorized apps",
  scopes: ['Directory.Read.All'],
  reason:
    'Reads the delegated permissions a user consented to, the apps the whole organization consented to, the app roles assigned to the user, and those apps’ names (Graph requires Directory.Read.All to read grants).',
};
export const READ_CLIENT_GRANTS: GraphOperation = {
  name: "Read the console's own grants",
  scopes: ['Directory.Read.All'],
  reason: 'Shows which permissions were consented to the console, by whom, to explain a 403.',
};
