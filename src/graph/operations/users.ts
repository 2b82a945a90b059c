/**
 * What reading users, their roles and their consent events, and revoking their sessions, asks for. Declarations only, with no client code: a screen's summary (its `index.ts`, in the first
 * load) names these, and importing the reader would bring its Graph code into the first load (decision 009).
 */
import type { GraphOperation } from '../operation';

export const GET_ME: GraphOperation = {
  name: 'Read your profile',
  scopes: ['User.Read'],
  reason: 'Shows who is signed in: your name, user principal name and job title.',
};
export const SEARCH_USERS: GraphOperation = {
  name: 'Search users',
  scopes: ['User.ReadBasic.All'],
  reason: 'Finds users by name or user principal name, so you can open one and see what they authorized.',
};
export const GET_USER: GraphOperation = {
  name: 'Read a user',
  scopes: SEARCH_USERS.scopes,
  reason: 'Shows the name and user principal name of the user whose apps you are looking at.',
};
export const LIST_USERS_BASIC: GraphOperation = {
  name: 'Read user names',
  scopes: ['User.ReadBasic.All'],
  reason: 'Shows the name of each user who consented to an application for themselves.',
};
export const READ_MY_ROLES: GraphOperation = {
  name: 'Read your directory roles',
  scopes: ['User.Read'],
  reason: 'Knows which directory roles you hold, so actions your roles cannot perform are disabled with the reason.',
};
export const REVOKE_SIGN_IN_SESSIONS: GraphOperation = {
  name: "Revoke a user's sign-in sessions",
  scopes: ['User.RevokeSessions.All'],
  reason: 'Invalidates the refresh tokens and browser sessions of a user (within a few minutes), so apps must sign them in again.',
};
export const READ_CONSENT_EVENTS: GraphOperation = {
  name: "Read a user's consent events",
  // directoryaudit-list: "AuditLog.Read.All and Directory.Read.All" — the audit permission alone is refused.
  scopes: ['AuditLog.Read.All', 'Directory.Read.All'],
  reason: 'Reads the directory audit log’s “Consent to application” events of a user, to show when each consent happened.',
};
