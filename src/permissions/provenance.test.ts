import type { DirectoryAudit } from '@microsoft/microsoft-graph-types';
import { describe, expect, it } from 'vitest';
import type { AssignmentSnapshot, GrantSnapshot } from '../graph/entities';
import { joinProvenance, PROVENANCE_ACTIVITIES as A } from './provenance';

// Events in the log's real shape: string values JSON-quoted, ConsentAction.Permissions in its structured form.
const q = (value: string) => `"${value}"`;
const CLIENT = 'c0000000-0000-0000-0000-000000000001';
const OTHER_CLIENT = 'c0000000-0000-0000-0000-000000000002';
const GRAPH = 'r0000000-0000-0000-0000-000000000001';
const MEGAN = { id: 'u0000000-0000-0000-0000-000000000001', displayName: 'Megan Bowen', userPrincipalName: 'megan@contoso.example' };
const ADELE = { id: 'u0000000-0000-0000-0000-000000000002', displayName: 'Adele Vance', userPrincipalName: 'adele@contoso.example' };
const ROLE = 'a0000000-0000-0000-0000-00000000000a';

let seq = 0;
function event(activity: string, at: string, actor: object, target: object, extra: Partial<DirectoryAudit> = {}): DirectoryAudit {
  seq += 1;
  return {
    id: `Directory_${seq}`,
    correlationId: `corr-${seq}`,
    activityDisplayName: activity,
    activityDateTime: at,
    category: 'ApplicationManagement',
    result: 'success',
    initiatedBy: 'appId' in actor ? { app: actor, user: null } : { user: actor, app: null },
    targetResources: [{ type: 'ServicePrincipal', ...target }],
    ...extra,
  } as DirectoryAudit;
}

interface G {
  id: string;
  scope: string;
  consentType?: 'Principal' | 'AllPrincipals';
  principalId?: string | null;
  clientId?: string;
}
const record = (g: G | null) =>
  g
    ? `[[Id: ${g.id}, ClientId: ${g.clientId ?? CLIENT}, PrincipalId: ${g.principalId ?? ''}, ResourceId: ${GRAPH}, ConsentType: ${g.consentType ?? 'Principal'}, Scope: ${g.scope}, CreatedDateTime: , LastModifiedDateTime: ]]`
    : '[]';

function consent(at: string, actor: object, before: G | null, after: G | null, { all = false, client = CLIENT } = {}) {
  return event(A.consent, at, actor, {
    id: client,
    displayName: 'Contoso Nightly Sync',
    modifiedProperties: [
      { displayName: 'ConsentContext.IsAdminConsent', oldValue: null, newValue: q(all ? 'True' : 'False') },
      { displayName: 'ConsentContext.OnBehalfOfAll', oldValue: null, newValue: q(all ? 'True' : 'False') },
      { displayName: 'ConsentAction.Permissions', oldValue: null, newValue: q(`${record(before)} => ${record(after)}; `) },
    ],
  });
}

function grantWrite(
  activity: string,
  at: string,
  actor: object,
  old: string | null,
  now: string | null,
  { principalId = MEGAN.id as string | null, all = false, client = CLIENT } = {},
) {
  return event(activity, at, actor, {
    id: client,
    modifiedProperties: [
      { displayName: 'DelegatedPermissionGrant.Scope', oldValue: old, newValue: now },
      { displayName: 'DelegatedPermissionGrant.ConsentType', oldValue: null, newValue: all ? 'AllPrincipals' : 'Principal' },
      { displayName: 'DelegatedPermissionGrant.PrincipalId', oldValue: null, newValue: all ? null : principalId },
      { displayName: 'DelegatedPermissionGrant.ResourceId', oldValue: null, newValue: GRAPH },
    ],
  });
}

function assignmentEvent(activity: string, at: string, actor: object) {
  return event(activity, at, actor, {
    id: CLIENT,
    modifiedProperties: [
      { displayName: 'AppRole.Id', oldValue: null, newValue: ROLE },
      { displayName: 'AppRoleAssignment.ResourceId', oldValue: null, newValue: GRAPH },
    ],
  });
}

const megansGrant = (scope: string, id = 'grant-megan'): GrantSnapshot => ({
  id,
  clientId: CLIENT,
  resourceId: GRAPH,
  consentType: 'Principal',
  principalId: MEGAN.id,
  scope,
});
const orgGrant = (scope: string): GrantSnapshot => ({
  id: 'grant-all',
  clientId: CLIENT,
  resourceId: GRAPH,
  consentType: 'AllPrincipals',
  principalId: null,
  scope,
});
const assignment: AssignmentSnapshot = { id: 'assignment-1', appRoleId: ROLE, principalId: CLIENT, resourceId: GRAPH };

/** The log lists the newest first: the helpers below take events oldest first, as they happened. */
const newestFirst = (...events: DirectoryAudit[]) => [...events].reverse();

function grantProvenance(grant: GrantSnapshot, ...events: DirectoryAudit[]) {
  return joinProvenance({ audits: newestFirst(...events), grants: [grant], assignments: [] }).byGrantId.get(grant.id)!;
}

describe('joinProvenance: delegated grants', () => {
  it('a user consent: the consent event names the act, the grant write it caused is folded into it', () => {
    const add = grantWrite(A.addGrant, '2026-11-28T14:02:00Z', MEGAN, null, 'User.Read');
    const given = consent('2026-11-28T14:02:00Z', MEGAN, null, { id: 'grant-megan', scope: 'User.Read', principalId: MEGAN.id });
    const p = grantProvenance(megansGrant('User.Read'), add, given);
    expect(p.origin).toMatchObject({
      at: '2026-11-28T14:02:00Z',
      actor: { kind: 'user', id: MEGAN.id, displayName: 'Megan Bowen' },
      consent: { onBehalfOfAll: false },
    });
    expect(p.origin?.event).toMatchObject({ id: given.id, activity: A.consent, correlationId: given.correlationId });
    expect(p.origin?.related.map((r) => r.id)).toEqual([add.id]);
    expect(p.origin?.added).toEqual(['User.Read']);
    expect(p.changes).toEqual([]);
  });

  it('a grant created through Graph (POST oauth2PermissionGrants): the admin who wrote it, no consent', () => {
    const add = grantWrite(A.addGrant, '2026-11-20T09:00:00Z', ADELE, null, 'User.Read Mail.Read');
    const p = grantProvenance(megansGrant('User.Read Mail.Read'), add);
    expect(p.origin).toMatchObject({
      actor: { kind: 'user', displayName: 'Adele Vance' },
      event: { id: add.id, activity: A.addGrant },
      added: ['User.Read', 'Mail.Read'],
    });
    expect(p.origin?.consent).toBeUndefined();
  });

  it('widened by a second consent: the scopes added, from the before and after lists', () => {
    const first = consent('2026-11-01T10:00:00Z', MEGAN, null, { id: 'grant-megan', scope: 'User.Read', principalId: MEGAN.id });
    const update = grantWrite(A.updateGrant, '2026-11-15T10:00:00Z', MEGAN, 'User.Read', 'User.Read Mail.Read');
    const second = consent(
      '2026-11-15T10:00:00Z',
      MEGAN,
      { id: 'grant-megan', scope: 'User.Read', principalId: MEGAN.id },
      { id: 'grant-megan', scope: 'User.Read Mail.Read', principalId: MEGAN.id },
    );
    const p = grantProvenance(megansGrant('User.Read Mail.Read'), first, update, second);
    expect(p.origin?.event.id).toBe(first.id);
    expect(p.changes).toHaveLength(1);
    expect(p.changes[0]).toMatchObject({ added: ['Mail.Read'], removed: [], event: { id: second.id }, consent: { onBehalfOfAll: false } });
    expect(p.changes[0]!.related.map((r) => r.id)).toEqual([update.id]);
  });

  it('a consent alone (no grant write in the log) widens too', () => {
    const first = consent('2026-11-01T10:00:00Z', MEGAN, null, { id: 'grant-megan', scope: 'User.Read', principalId: MEGAN.id });
    const second = consent(
      '2026-11-15T10:00:00Z',
      MEGAN,
      { id: 'grant-megan', scope: 'User.Read', principalId: MEGAN.id },
      { id: 'grant-megan', scope: 'User.Read Files.Read', principalId: MEGAN.id },
    );
    expect(grantProvenance(megansGrant('User.Read Files.Read'), first, second).changes[0]).toMatchObject({ added: ['Files.Read'], actor: { id: MEGAN.id } });
  });

  it('narrowed by an admin through Graph: the scopes removed and who removed them', () => {
    const add = grantWrite(A.addGrant, '2026-11-01T10:00:00Z', MEGAN, null, 'User.Read Mail.Read');
    const narrow = grantWrite(A.updateGrant, '2026-11-20T10:00:00Z', ADELE, 'User.Read Mail.Read', 'User.Read');
    const p = grantProvenance(megansGrant('User.Read'), add, narrow);
    expect(p.origin?.actor).toMatchObject({ id: MEGAN.id });
    expect(p.changes).toEqual([expect.objectContaining({ added: [], removed: ['Mail.Read'], actor: expect.objectContaining({ id: ADELE.id }) })]);
  });

  it('removed and granted again: the new grant (a new id) has the re-grant as its origin, not the first grant', () => {
    const first = grantWrite(A.addGrant, '2026-11-01T10:00:00Z', MEGAN, null, 'User.Read Mail.Read');
    const removed = grantWrite(A.removeGrant, '2026-11-10T10:00:00Z', ADELE, 'User.Read Mail.Read', null);
    const again = consent('2026-11-12T10:00:00Z', MEGAN, null, { id: 'grant-megan-2', scope: 'User.Read', principalId: MEGAN.id });
    const p = grantProvenance(megansGrant('User.Read', 'grant-megan-2'), first, removed, again);
    expect(p.origin).toMatchObject({ event: { id: again.id }, at: '2026-11-12T10:00:00Z', added: ['User.Read'] });
    expect(p.changes).toEqual([]);
    expect(p.removal).toBeUndefined();
  });

  it('removed and restored with the same id: the restore is the origin', () => {
    const first = grantWrite(A.addGrant, '2026-11-01T10:00:00Z', MEGAN, null, 'User.Read');
    const removed = grantWrite(A.removeGrant, '2026-11-10T10:00:00Z', ADELE, 'User.Read', null);
    const restored = grantWrite(A.addGrant, '2026-11-10T10:05:00Z', ADELE, null, 'User.Read');
    const p = grantProvenance(megansGrant('User.Read'), first, removed, restored);
    expect(p.origin).toMatchObject({ event: { id: restored.id }, actor: { id: ADELE.id } });
  });

  it('the log last shows the grant removed: its re-creation is not recorded, and the removal is said', () => {
    const first = grantWrite(A.addGrant, '2026-11-01T10:00:00Z', MEGAN, null, 'User.Read');
    const removed = grantWrite(A.removeGrant, '2026-11-10T10:00:00Z', ADELE, 'User.Read', null);
    const p = grantProvenance(megansGrant('User.Read'), first, removed);
    expect(p.origin).toBeUndefined();
    expect(p.removal).toMatchObject({ event: { id: removed.id }, removed: ['User.Read'] });
  });

  it('admin consent for the organization: the admin, and OnBehalfOfAll', () => {
    const add = grantWrite(A.addGrant, '2026-11-05T08:00:00Z', ADELE, null, 'User.Read', { all: true });
    const given = consent('2026-11-05T08:00:00Z', ADELE, null, { id: 'grant-all', scope: 'User.Read', consentType: 'AllPrincipals' }, { all: true });
    const p = grantProvenance(orgGrant('User.Read'), add, given);
    expect(p.origin).toMatchObject({ actor: { id: ADELE.id }, consent: { onBehalfOfAll: true }, event: { id: given.id } });
    // A user's own grant on the same app and API is another grant: the admin consent is not its origin.
    expect(grantProvenance(megansGrant('User.Read'), add, given).origin).toBeUndefined();
  });

  it('a repeated consent that changes nothing, by someone else, is not a step', () => {
    const add = grantWrite(A.addGrant, '2026-11-05T08:00:00Z', ADELE, null, 'User.Read', { all: true });
    const repeat = consent(
      '2026-11-20T08:00:00Z',
      MEGAN,
      { id: 'grant-all', scope: 'User.Read', consentType: 'AllPrincipals' },
      { id: 'grant-all', scope: 'User.Read', consentType: 'AllPrincipals' },
    );
    const p = grantProvenance(orgGrant('User.Read'), add, repeat);
    expect(p.origin).toMatchObject({ event: { id: add.id }, related: [] });
    expect(p.changes).toEqual([]);
  });

  it('an app acting as itself is the actor', () => {
    const app = { appId: 'app-nightly', displayName: 'Contoso Nightly Sync', servicePrincipalId: OTHER_CLIENT };
    const p = grantProvenance(megansGrant('User.Read'), grantWrite(A.addGrant, '2026-11-05T08:00:00Z', app, null, 'User.Read'));
    expect(p.origin?.actor).toEqual({ kind: 'app', appId: 'app-nightly', displayName: 'Contoso Nightly Sync', servicePrincipalId: OTHER_CLIENT });
  });

  it('beyond the log: no events gives no origin; a change inside the window is kept without inventing the origin', () => {
    expect(grantProvenance(megansGrant('User.Read'))).toEqual({ changes: [] });
    const widen = grantWrite(A.updateGrant, '2026-11-20T10:00:00Z', ADELE, 'User.Read', 'User.Read Mail.Read');
    const p = grantProvenance(megansGrant('User.Read Mail.Read'), widen);
    expect(p.origin).toBeUndefined();
    expect(p.changes).toEqual([expect.objectContaining({ added: ['Mail.Read'], actor: expect.objectContaining({ id: ADELE.id }) })]);
  });

  it("ignores other apps' events (another client, another tenant's app), failed events and garbage", () => {
    const other = consent(
      '2026-11-05T08:00:00Z',
      MEGAN,
      null,
      { id: 'x', scope: 'User.Read', principalId: MEGAN.id, clientId: OTHER_CLIENT },
      { client: OTHER_CLIENT },
    );
    const failed = grantWrite(A.addGrant, '2026-11-06T08:00:00Z', ADELE, null, 'User.Read');
    failed.result = 'failure';
    const garbage = event(A.consent, '2026-11-07T08:00:00Z', ADELE, {
      id: CLIENT,
      modifiedProperties: [{ displayName: 'ConsentAction.Permissions', newValue: q('[[[[ => ]]]; ;; [Id: ') }],
    });
    const noTime = { ...grantWrite(A.addGrant, '2026-11-08T08:00:00Z', ADELE, null, 'User.Read'), activityDateTime: undefined };
    expect(grantProvenance(megansGrant('User.Read'), other, failed, garbage, noTime)).toEqual({ changes: [] });
  });

  it('hostile names pass through as written (the screen isolates them); ids are matched case-insensitively', () => {
    const hostile = { id: MEGAN.id.toUpperCase(), displayName: '\u202eevil\u202c Admin <script>', userPrincipalName: 'x@y' };
    const p = grantProvenance(
      megansGrant('User.Read'),
      grantWrite(A.addGrant, '2026-11-05T08:00:00Z', hostile, null, 'User.Read', { principalId: MEGAN.id.toUpperCase() }),
    );
    expect(p.origin?.actor).toMatchObject({ displayName: '\u202eevil\u202c Admin <script>' });
  });
});

describe('joinProvenance: app permissions (app role assignments)', () => {
  const run = (...events: DirectoryAudit[]) =>
    joinProvenance({ audits: newestFirst(...events), grants: [], assignments: [assignment] }).byAssignmentId.get(assignment.id)!;

  it('an assignment added: who and when', () => {
    const add = assignmentEvent(A.addAssignment, '2026-11-05T08:00:00Z', ADELE);
    expect(run(add).origin).toMatchObject({ event: { id: add.id, activity: A.addAssignment }, actor: { id: ADELE.id }, at: '2026-11-05T08:00:00Z' });
  });

  it('added, removed and added again: the last addition', () => {
    const add = assignmentEvent(A.addAssignment, '2026-11-05T08:00:00Z', MEGAN);
    const remove = assignmentEvent(A.removeAssignment, '2026-11-06T08:00:00Z', ADELE);
    const again = assignmentEvent(A.addAssignment, '2026-11-07T08:00:00Z', ADELE);
    expect(run(add, remove, again).origin?.event.id).toBe(again.id);
    const removed = run(add, remove);
    expect(removed.origin).toBeUndefined();
    expect(removed.removal?.event.id).toBe(remove.id);
  });

  it('no event for it: no origin', () => {
    expect(run()).toEqual({ changes: [] });
  });
});
