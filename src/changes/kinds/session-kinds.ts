/** The change kind of a user's sign-in sessions: revoke them all. */
import type { QueryKey } from '@tanstack/react-query';
import { REVOKE_SESSIONS } from '../../auth/role-requirements';
import { graphKeys } from '../../graph/keys';
import { revokeSignInSessions } from '../../graph/revoke-sign-in-sessions';
import { SESSION_REVOCATION_EFFECT } from '../aftermath-text';
import type { ChangeOf } from '../change-types';
import { isolate } from '../../permissions/names';
import type { ChangeKind } from './change-kind';
import { REVOKE_SIGN_IN_SESSIONS } from '../../graph/operations/users';

/** A session revocation changes the user's own object (signInSessionsValidFromDateTime) only. */
const SESSION_DATA: readonly QueryKey[] = [[...graphKeys.users.all(), 'detail']];

export const revokeSessions: ChangeKind<ChangeOf<'revoke-sessions'>> = {
  kind: 'revoke-sessions',
  operation: () => REVOKE_SIGN_IN_SESSIONS,
  requirement: () => REVOKE_SESSIONS,
  // Revoking again does no harm: the sessions from before end either way.
  retrySafe: true,
  describe: (c) => `Revoke every sign-in session of ${isolate(c.names.principalName ?? c.userId)} (${SESSION_REVOCATION_EFFECT})`,
  async run(c, ctx) {
    // Nothing to read back: the effect (refresh tokens refused) shows only when an app redeems one.
    await revokeSignInSessions(ctx.graph, c.userId, ctx.signal);
    return { outcome: 'succeeded', before: null, after: null };
  },
  parties: (c) => ({ principalId: c.userId }),
  before: () => null,
  // Whether sessions were revoked shows nowhere in Graph: a pending revocation stays of unknown outcome.
  reconcile: async () => undefined,
  alters: SESSION_DATA,
};
