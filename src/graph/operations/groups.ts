/**
 * What reading groups and their members asks for. Declarations only, with no client code: a screen's summary (its `index.ts`, in the first
 * load) names these, and importing the reader would bring its Graph code into the first load (decision 009).
 */
import type { GraphOperation } from '../operation';

export const READ_GROUP_MEMBERS: GraphOperation = {
  name: 'Read groups and their members',
  scopes: ['Directory.Read.All'],
  reason: 'Lists the groups to approve a request for, and the members who then receive the permissions.',
};
/**
 * GroupMember.ReadBasic.All is the least permission for `GET /groups/{id}/members/$count`; Directory.Read.All
 * is on the same documented list and is the one the Users screen already holds (no second consent prompt).
 */
export const COUNT_GROUP_MEMBERS: GraphOperation = {
  name: "Count a group's members",
  scopes: ['Directory.Read.All'],
  reason: 'Shows how many people hold an app role through a group, so a group’s assignment is never taken for one user’s.',
};
