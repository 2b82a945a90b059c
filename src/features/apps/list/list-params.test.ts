import { describe, expect, it } from 'vitest';
import type { InventoryRow, ServicePrincipalInfo } from '../../../permissions/inventory';
import { filterRows, parseListParams, sortRows, writeListParams } from './list-params';

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

  it('sorts by counts and risk with ties by name', () => {
    const rows = [row('b', { risk: 'high' }), row('a', { risk: 'high' }), row('c', { risk: 'critical' }), row('d')];
    expect(sortRows(rows, 'risk', 'desc', TENANT).map((r) => r.sp.displayName)).toEqual(['c', 'a', 'b', 'd']);
    expect(sortRows(rows, 'name', 'desc', TENANT).map((r) => r.sp.displayName)).toEqual(['d', 'c', 'b', 'a']);
  });
});
