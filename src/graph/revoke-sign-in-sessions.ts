import type { GraphClient } from './graph-client';
import type { GraphOperation } from './operation';

export const REVOKE_SIGN_IN_SESSIONS: GraphOperation = {
  name: "Revoke a user's sign-in sessions",
  scopes: ['User.RevokeSessions.All'],
  reason: 'Invalidates the refresh tokens of a user, so apps must sign them in again.',
};

/** Refresh tokens stop working at once; access tokens already issued stay valid until they expire. */
export function revokeSignInSessions(graph: GraphClient, userId: string, signal?: AbortSignal): Promise<{ value: boolean }> {
  return graph.request(`/users/${encodeURIComponent(userId)}/revokeSignInSessions`, {
    method: 'POST',
    scopes: REVOKE_SIGN_IN_SESSIONS.scopes,
    signal,
  });
}
