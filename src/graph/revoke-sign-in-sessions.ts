import type { GraphClient } from './graph-client';
import type { GraphOperation } from './operation';

export const REVOKE_SIGN_IN_SESSIONS: GraphOperation = {
  name: "Revoke a user's sign-in sessions",
  scopes: ['User.RevokeSessions.All'],
  reason: 'Invalidates the refresh tokens and browser sessions of a user (within a few minutes), so apps must sign them in again.',
};

/**
 * Refresh tokens and session cookies issued before are invalidated after a small delay (a few
 * minutes); external (guest) users sign in at their home tenant and are not affected; access tokens
 * already issued stay valid until they expire (user-revokesigninsessions).
 */
export function revokeSignInSessions(graph: GraphClient, userId: string, signal?: AbortSignal): Promise<{ value: boolean }> {
  return graph.request(`/users/${encodeURIComponent(userId)}/revokeSignInSessions`, {
    method: 'POST',
    scopes: REVOKE_SIGN_IN_SESSIONS.scopes,
    signal,
  });
}
