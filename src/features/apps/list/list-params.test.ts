import { describe, expect, it } from 'vitest';
import { buildHygiene } from '../../../permissions/hygiene';
import type { InventoryRow, ServicePrincipalInfo } from '../../../permissions/inventory';
import { activeFilterCount, filterRows, hygieneReads, parseListParams, sortRows, withoutFilters, writeListParams } from './list-params';

const TENANT = '7c1d0f3e-5a2b-4c6d-9e8f-0a1b2c3d4e5f';

function row(name: string, overrides: Partial<InventoryRow> = {}, sp: Partial<ServicePrincipalInfo> = {}): InventoryRow {
  return {
    sp: { id: `id-${name}`, appId: `app-${name}`, displayName: name, publisherName: `${name} Inc`, appOwnerOrganizationId: 'other', ...sp },
    adminGrants: 0,
    consentingUsers: 0,
    appPermissions: 0,
    risk: 'low',
    ...overrides,
  };
}

describe('list params', () => {
  it('round-trips through the URL and leaves defaults out', () => {
    const state = parseListParams(new URLSearchParams('q=Mail&type=verified&risk=high&userConsents=1&sort=risk'));
    expect(state).toMatchObject({
      search: 'Mail',
      type: 'verified',
      risk: 'high',
      userConsents: true,
      appPermissions: false,
      sort: 'risk',
      direction: 'desc',
    });
    expect(writeListParams(new URLSearchParams('keep=1'), state).toString()).toBe('keep=1&q=Mail&type=verified&risk=high&userConsents=1&sort=risk');
    // Links from before the type filter named every kind: unverified=1 is the unverified type.
    expect(writeListParams(new URLSearchParams('unverified=1'), parseListParams(new URLSearchParams('unverified=1'))).toString()).toBe('type=unverified');
    expect(writeListParams(new URLSearchParams(), parseListParams(new URLSearchParams('q=Micro'))).toString()).toBe('q=Micro');
  });

  it('ignores values it does not know', () => {
    expect(parseListParams(new URLSearchParams('type=third-party')).type).toBeUndefined();
    expect(parseListParams(new URLSearchParams('type=evil&risk=extreme&sort=__proto__&dir=up'))).toMatchObject({
      type: undefined,
      risk: undefined,
      sort: 'name',
      direction: 'asc',
    });
  });

  it('filters by search (name, publisher, app id), type, risk and flags', () => {
    const rows = [
      row('Mail Helper Pro', { consentingUsers: 3, risk: 'critical' }),
      row('Microsoft Graph', {}, { appOwnerOrganizationId: 'f8cdef31-a31e-4b4a-93e4-5f571e91255a' }),
      row('Tailspin', { appPermissions: 3, risk: 'critical' }, { verifiedPublisher: { displayName: 'Tailspin', verifiedPublisherId: '1' } }),
      row('Consent Console', { risk: 'critical' }, { appOwnerOrganizationId: TENANT }),
    ];
    const names = (q: string) => filterRows(rows, parseListParams(new URLSearchParams(q)), TENANT).map((r) => r.sp.displayName);
    expect(names('q=helper')).toEqual(['Mail Helper Pro']);
    expect(names('q=app-Tailspin')).toEqual(['Tailspin']);
    expect(names('type=microsoft')).toEqual(['Microsoft Graph']);
    // The type is the publisher's kind every screen shows: the own tenant's app is not "third-party".
    expect(names('type=own-tenant')).toEqual(['Consent Console']);
    expect(names('type=verified&risk=critical')).toEqual(['Tailspin']);
    expect(names('userConsents=1')).toEqual(['Mail Helper Pro']);
    expect(names('appPermissions=1')).toEqual(['Tailspin']);
    expect(names('type=unverified')).toEqual(['Mail Helper Pro']);
  });

  it('flags as unverified what every screen calls an unverified publisher (src/permissions/publisher.ts)', () => {
    const rows = [
      row('Consent Console', {}, { appOwnerOrganizationId: TENANT }),
      row('Name Only', {}, { verifiedPublisher: { displayName: 'Microsoft Corporation', verifiedPublisherId: null } }),
      row('Adatum', {}, { verifiedPublisher: { displayName: 'Adatum Corporation', verifiedPublisherId: '4501234' } }),
    ];
    const unverified = filterRows(rows, parseListParams(new URLSearchParams('type=unverified')), TENANT);
    expect(unverified.map((r) => r.sp.displayName)).toEqual(['Name Only']);
  });

  it('keeps the access-review filters in the URL, and only their known values', () => {
    const state = parseListParams(new URLSearchParams('since=review&credentials=expiring&owners=none&unused=1'));
    expect(state).toMatchObject({ sinceReview: true, expiringCredentials: true, noOwner: true, unused: true });
    expect(activeFilterCount(state)).toBe(4);
    expect(writeListParams(new URLSearchParams(), state).toString()).toBe('since=review&credentials=expiring&owners=none&unused=1');
    expect(writeListParams(new URLSearchParams('unused=1&keep=1'), withoutFilters(state)).toString()).toBe('keep=1');
    expect(parseListParams(new URLSearchParams('since=yesterday&credentials=all&owners=some&unused=yes'))).toMatchObject({
      sinceReview: false,
      expiringCredentials: false,
      noOwner: false,
      unused: false,
    });
    const reads = (q: string, inventoryComplete: boolean, holdsSignInScope: boolean) =>
      hygieneReads(parseListParams(new URLSearchParams(q)), { inventoryComplete, holdsSignInScope });
    expect(reads('unused=1', false, true)).toEqual({ applications: false, ownerless: false, signIns: false });
    expect(reads('owners=none', true, false)).toEqual({ applications: true, ownerless: true, signIns: false });
    expect(reads('unused=1', true, false).signIns).toBe(true);
    expect(reads('', true, true).signIns).toBe(true);
  });

  it('filters by credentials, owners, idleness and what changed since the review, as the shared rules judge them', () => {
    const now = Date.parse('2026-06-01T00:00:00Z');
    const inDays = (days: number) => new Date(now + days * 86_400_000).toISOString();
    const rows = [
      row('Expiring', { risk: 'low' }, { passwordCredentials: [{ keyId: 'k1', displayName: 's', endDateTime: inDays(10) }] }),
      row('Expired cert', { risk: 'low' }, { keyCredentials: [{ keyId: 'k2', endDateTime: inDays(-1) }] }),
      row('Valid', { risk: 'low' }, { passwordCredentials: [{ keyId: 'k3', endDateTime: inDays(90) }] }),
      row('Idle high', { risk: 'high' }, { appId: 'idle-high' }),
      row('Idle low', { risk: 'low' }, { appId: 'idle-low' }),
      row('Busy high', { risk: 'critical' }, { appId: 'busy-high' }),
      row('Microsoft', { risk: 'low' }, { appOwnerOrganizationId: 'f8cdef31-a31e-4b4a-93e4-5f571e91255a' }),
    ];
    const hygiene = buildHygiene({
      rows,
      applications: { state: 'available', value: [] },
      ownerless: { state: 'available', value: new Set(['id-Idle high', 'id-Valid', 'id-Microsoft']) },
      signIns: {
        state: 'available',
        value: new Map([
          ['idle-high', inDays(-120)],
          ['idle-low', inDays(-120)],
          ['busy-high', inDays(-3)],
        ]),
      },
      now,
    });
    const names = (q: string, facts = { hygiene, changedSinceReview: new Set(['id-Valid', 'id-Idle high']) }) =>
      filterRows(rows, parseListParams(new URLSearchParams(q)), TENANT, facts).map((r) => r.sp.displayName);
    expect(names('credentials=expiring')).toEqual(['Expiring', 'Expired cert']);
    // Microsoft's own apps are owned in Microsoft's tenant: never "no owner".
    expect(names('owners=none')).toEqual(['Valid', 'Idle high']);
    expect(names('unused=1')).toEqual(['Idle high']);
    expect(names('since=review')).toEqual(['Valid', 'Idle high']);
    expect(names('since=review&owners=none&unused=1')).toEqual(['Idle high']);
    // Not known yet (no hygiene, no review): nothing matches, rather than a guess.
    expect(names('unused=1', { hygiene: new Map(), changedSinceReview: new Set() })).toEqual([]);
    expect(names('since=review', { hygiene, changedSinceReview: new Set() })).toEqual([]);
  });

  it('sorts by counts and risk with ties by name', () => {
    const rows = [row('b', { risk: 'high' }), row('a', { risk: 'high' }), row('c', { risk: 'critical' }), row('d')];
    expect(sortRows(rows, 'risk', 'desc', TENANT).map((r) => r.sp.displayName)).toEqual(['c', 'a', 'b', 'd']);
    expect(sortRows(rows, 'name', 'desc', TENANT).map((r) => r.sp.displayName)).toEqual(['d', 'c', 'b', 'a']);
  });
});
