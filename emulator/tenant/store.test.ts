// Store rules that need no HTTP: session revocation timing, tenant-wide grant replacement, group principals.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { demoTenant, DEMO, IDS } from './seed.ts';
import { TenantStore } from './store.ts';

const validFrom = (store: TenantStore, id: string) => store.users.get(id)!.signInSessionsValidFromDateTime;

describe('revokeSignInSessions (api-reference/v1.0/api/user-revokesigninsessions.md)', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-04-01T10:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('without a delay: takes effect at once', () => {
    const store = new TenantStore(demoTenant());
    store.revokeSignInSessions(store.users.get(IDS.users.megan)!, {});
    expect(validFrom(store, IDS.users.megan)).toBe('2026-04-01T10:00:00.000Z');
  });

  it('"takes effect after a small delay": nothing changes until the delay has passed, then sessions from before the call end', () => {
    const store = new TenantStore(demoTenant(), { revokeSessionsDelayMs: 120_000 });
    store.revokeSignInSessions(store.users.get(IDS.users.megan)!, {});
    expect(store.audit.at(-1)?.activityDisplayName).toBe('Invalidate all refresh tokens for user');
    vi.advanceTimersByTime(119_000);
    expect(validFrom(store, IDS.users.megan)).toBe(DEMO.seedTime);
    vi.advanceTimersByTime(1_000);
    expect(validFrom(store, IDS.users.megan)).toBe('2026-04-01T10:00:00.000Z');
  });

  it('"does not affect external (guest) users": the call is recorded, the guest keeps its sessions', () => {
    const store = new TenantStore(demoTenant());
    const guest = store.users.get(IDS.users.kaiGuest)!;
    expect(guest.userType).toBe('Guest');
    store.revokeSignInSessions(guest, {});
    expect(validFrom(store, IDS.users.kaiGuest)).toBe(DEMO.seedTime);
    expect(store.audit.at(-1)?.targetResources[0]?.id).toBe(IDS.users.kaiGuest);
  });

  it('reset cancels a pending revocation and restores the start-up delays', () => {
    const store = new TenantStore(demoTenant(), { revokeSessionsDelayMs: 1_000 });
    store.configure({ revokeSessionsDelayMs: 5_000, replicationDelayMs: 700 });
    store.revokeSignInSessions(store.users.get(IDS.users.megan)!, {});
    store.reset();
    expect(store.runtime).toEqual({ revokeSessionsDelayMs: 1_000, replicationDelayMs: 0, signInActivityReport: true });
    vi.advanceTimersByTime(10_000);
    expect(validFrom(store, IDS.users.megan)).toBe(DEMO.seedTime);
  });
});

describe('tenant-wide grant replacement (Entra grant-admin-consent: "may revoke permissions already granted tenant-wide")', () => {
  const key = { clientId: IDS.sps.litwareNotes, resourceId: IDS.sps.graph, consentType: 'AllPrincipals' as const, principalId: null };

  it('sets the scopes exactly, removing the ones no longer wanted, with both sides returned', () => {
    const store = new TenantStore(demoTenant());
    const change = store.setGrantScopes(key, ['User.Read', 'OnlineMeetings.Read'], {});
    expect(change.before?.scope).toBe('User.Read openid profile');
    expect(change.after?.scope).toBe('User.Read OnlineMeetings.Read');
    expect(store.findGrant(key.clientId, key.resourceId, 'AllPrincipals', null)?.scope).toBe('User.Read OnlineMeetings.Read');
    expect(store.audit.at(-1)?.activityDisplayName).toBe('Update delegated permission grant');
  });

  it('an empty set deletes the grant', () => {
    const store = new TenantStore(demoTenant());
    const change = store.setGrantScopes({ ...key, resourceId: IDS.sps.sharepoint }, [], {});
    expect(change).toMatchObject({ before: { scope: 'AllSites.Read' }, after: null });
    expect(store.findGrant(key.clientId, IDS.sps.sharepoint, 'AllPrincipals', null)).toBeUndefined();
    expect(store.audit.at(-1)?.activityDisplayName).toBe('Remove delegated permission grant');
  });
});

describe('groups as app role holders (api-reference/v1.0/api/group-list-approleassignments.md)', () => {
  it('an assignment to a group has principalType Group and the group name', () => {
    const store = new TenantStore(demoTenant());
    const a = store.createAppRoleAssignment(
      { principalId: IDS.groups.hrStaff, resourceId: IDS.sps.litwareNotes, appRoleId: '7d1e0c55-3f0a-4b6c-8d7e-9f0a1b2c3d31' },
      {},
    );
    expect(a).toMatchObject({ principalType: 'Group', principalDisplayName: 'HR Staff' });
    expect(store.audit.at(-1)?.activityDisplayName).toBe('Add app role assignment to group');
  });

  it('groupsOf lists direct memberships', () => {
    const store = new TenantStore(demoTenant());
    expect(
      store
        .groupsOf(IDS.users.megan)
        .map((g) => g.displayName)
        .sort(),
    ).toEqual(['HR Staff', 'Sales Team']);
    expect(store.groupsOf(IDS.users.isaiah)).toEqual([]);
  });
});
