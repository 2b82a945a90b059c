import type { GraphClient } from './graph-client';
import { REVOKE_SIGN_IN_SESSIONS } from './operations/users';

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
