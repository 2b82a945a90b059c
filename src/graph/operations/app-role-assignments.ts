/**
 * What reading and writing app role assignments (application permissions, users' app roles) asks for. Declarations only, with no client code: a screen's summary (its `index.ts`, in the first
 * load) names these, and importing the reader would bring its Graph code into the first load (decision 009).
 */
import type { GraphOperation } from '../operation';

export const WRITE_APP_ROLE_ASSIGNMENTS: GraphOperation = {
  name: 'Change application permissions',
  scopes: ['AppRoleAssignment.ReadWrite.All', 'Application.Read.All'],
  reason: 'Grants or removes app roles: the application permissions of apps, and the roles of users in apps.',
};
export const READ_SERVICE_PRINCIPAL_ASSIGNMENTS: GraphOperation = {
  name: "Re-read an app's application permissions",
  scopes: ['Application.Read.All'],
  reason: 'Before restoring an application permission, the console checks whether the app holds it again, so it is never assigned twice.',
};
export const READ_USER_ASSIGNMENTS_FOR_WRITE: GraphOperation = {
  name: "Re-read a user's or group's app roles",
  // GET /users/{id}/appRoleAssignments does not accept Application.Read.All; its least permission is the one the write uses.
  scopes: WRITE_APP_ROLE_ASSIGNMENTS.scopes,
  reason: "Before restoring, and to confirm a change, the console reads the user's or group's app roles as they are now.",
};
