/** The change kinds of delegated permission grants: revoke a grant, remove scopes from it, add scopes. */
import type { QueryKey } from '@tanstack/react-query';
import { GRANT_WRITE } from '../../auth/role-requirements';
import { grantPath } from '../../graph/grant-writes';
import { graphKeys } from '../../graph/keys';
import type { Change, ChangeOf } from '../change-types';
import { createGrantOnce, deleteAndConfirm, extendGrant, readGrantNow, setScopeAndConfirm } from '../grant-runs';
import { findGrant, GRANT_READ_SCOPES, grantReadPath, readGrant } from '../read-current';
import { scopesMissingFrom, scopeWithout } from '../../permissions/scopes';
import { isGrant, type ActivityEntry, type GrantSnapshot } from '../types';
import type { ChangeKind } from './change-kind';
import { appOf, namesOf, resourceOf, who } from './change-names';
import { additionInverse, additionRestorePreview } from './grant-addition-restore';
import { WRITE_GRANTS } from '../../graph/operations/grants';
import { provenanceKeys } from '../../provenance/keys';

/**
 * What a grant or app-role change can alter: the inventory (patched in place, not re-read), one app's
 * consent detail, users' authorizations and consent events, the console's own grant facts, and the audit
 * events provenance reads (every such write adds one) — not the service principal lists to pick from,
 * user names or the signed-in user.
 */
export const GRANT_DATA: readonly QueryKey[] = [
  graphKeys.inventory(),
  [...graphKeys.appConsent.all(), 'detail'],
  [...graphKeys.users.all(), 'authorizations'],
  [...graphKeys.users.all(), 'consent-events'],
  [...graphKeys.all, 'client-grant-facts'],
  provenanceKeys.audits(),
];

const grantParties = (grant: Pick<GrantSnapshot, 'clientId' | 'principalId'>) => ({ clientId: grant.clientId, principalId: grant.principalId });

/** Undoes a grant change: adds back only the scopes it removed, to the grant as it is then (or a new one). */
function grantInverse(entry: ActivityEntry): Change {
  const before = entry.before as GrantSnapshot;
  const { id: _id, scope: _scope, ...template } = before;
  const removed = scopesMissingFrom(before.scope, isGrant(entry.after) ? entry.after.scope : '');
  return { kind: 'add-scopes', grant: null, template, scopes: removed, names: namesOf(entry) };
}

const grantSnapshot = (body: unknown): GrantSnapshot => {
  const { id, clientId, consentType, principalId, resourceId, scope } = body as GrantSnapshot;
  return { id, clientId, consentType, principalId, resourceId, scope };
};

export const revokeGrant: ChangeKind<ChangeOf<'revoke-grant'>> = {
  kind: 'revoke-grant',
  operation: () => WRITE_GRANTS,
  requirement: () => GRANT_WRITE,
  retrySafe: true,
  describe: (c) => `Revoke ${appOf(c.names)}'s delegated permissions on ${resourceOf(c.names)} ${who(c.names, c.grant.principalId)}: ${c.grant.scope}`,
  async run(c, ctx) {
    const current = await readGrantNow(ctx, c.grant.id);
    if (!current) return { outcome: 'already-done', before: c.grant, after: null };
    return deleteAndConfirm(ctx, current);
  },
  parties: (c) => grantParties(c.grant),
  before: (c) => c.grant,
  reconcile: async (entry, { graph, signal }) => (await readGrant(graph, (entry.before as GrantSnapshot).id, signal)) === null,
  batch: {
    scopes: WRITE_GRANTS.scopes,
    request: (c, current) => ({ method: 'DELETE', url: grantPath(current?.id ?? c.grant.id) }),
    read: { scopes: GRANT_READ_SCOPES, path: (c) => grantReadPath(c.grant.id), snapshot: grantSnapshot },
  },
  inverse: grantInverse,
  alters: GRANT_DATA,
};

export const removeScopes: ChangeKind<ChangeOf<'remove-scopes'>> = {
  kind: 'remove-scopes',
  operation: () => WRITE_GRANTS,
  requirement: () => GRANT_WRITE,
  retrySafe: true,
  describe(c) {
    const left = scopeWithout(c.grant.scope, c.scopes);
    return `Remove ${c.scopes.join(', ')} from ${appOf(c.names)}'s grant on ${resourceOf(c.names)} ${who(c.names, c.grant.principalId)}${
      left ? ` (keeps ${left})` : ' (no scope left: the grant is deleted)'
    }`;
  },
  async run(c, ctx) {
    const current = await readGrantNow(ctx, c.grant.id);
    if (!current) return { outcome: 'already-done', before: c.grant, after: null };
    const left = scopeWithout(current.scope, c.scopes);
    if (scopesMissingFrom(current.scope, left).length === 0) return { outcome: 'already-done', before: current, after: current };
    return left ? setScopeAndConfirm(ctx, current, left) : deleteAndConfirm(ctx, current);
  },
  parties: (c) => grantParties(c.grant),
  before: (c) => c.grant,
  planned: (c) => ({ scopes: c.scopes }),
  async reconcile(entry, { graph, signal }) {
    const now = await readGrant(graph, (entry.before as GrantSnapshot).id, signal);
    const removed = entry.planned?.scopes;
    if (!removed) return undefined;
    return now === null || scopesMissingFrom(removed.join(' '), now.scope).length === removed.length;
  },
  inverse: grantInverse,
  alters: GRANT_DATA,
};

export const addScopes: ChangeKind<ChangeOf<'add-scopes'>> = {
  kind: 'add-scopes',
  operation: () => WRITE_GRANTS,
  requirement: () => GRANT_WRITE,
  retrySafe: true,
  describe: (c) => `Grant ${appOf(c.names)} ${c.scopes.join(', ')} on ${resourceOf(c.names)} ${who(c.names, c.template.principalId)}`,
  async run(c, ctx) {
    // A grant may exist already (someone consented since the screen loaded): extend it, never duplicate it.
    const current = c.grant ? await readGrantNow(ctx, c.grant.id) : ((await findGrant(ctx.graph, c.template, ctx.signal)) ?? null);
    return current ? extendGrant(ctx, current, c.scopes) : createGrantOnce(ctx, c.template, c.scopes, addScopes.describe(c));
  },
  parties: (c) => grantParties(c.template),
  before: () => null,
  planned: (c) => ({ scopes: c.scopes, grantKey: c.template }),
  async reconcile(entry, { graph, signal }) {
    const { grantKey, scopes } = entry.planned ?? {};
    if (!grantKey || !scopes) return undefined;
    const now = await findGrant(graph, grantKey, signal);
    return now !== undefined && scopesMissingFrom(scopes.join(' '), now.scope).length === 0;
  },
  inverse: additionInverse,
  restorePreview: additionRestorePreview,
  alters: GRANT_DATA,
};
