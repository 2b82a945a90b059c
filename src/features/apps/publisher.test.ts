import { describe, expect, it } from 'vitest';
import { publisherOf } from './publisher';

const TENANT = '7c1d0f3e-5a2b-4c6d-9e8f-0a1b2c3d4e5f';

describe('publisherOf', () => {
  it('recognises Microsoft first-party apps by owner tenant', () => {
    expect(publisherOf({ appOwnerOrganizationId: 'F8CDEF31-A31E-4B4A-93E4-5F571E91255A', publisherName: 'Microsoft Services' }, TENANT)).toEqual({
      name: 'Microsoft Services',
      kind: 'microsoft',
    });
  });

  it('recognises the tenant\'s own apps', () => {
    expect(publisherOf({ appOwnerOrganizationId: TENANT, publisherName: 'Contoso' }, TENANT).kind).toBe('own-tenant');
  });

  it('prefers the verified publisher name and flags unverified ones', () => {
    expect(
      publisherOf({ appOwnerOrganizationId: 'x', publisherName: 'adatum', verifiedPublisher: { displayName: 'Adatum Corporation' } }, TENANT),
    ).toEqual({ name: 'Adatum Corporation', kind: 'verified' });
    expect(publisherOf({ appOwnerOrganizationId: 'x', publisherName: 'mailhelper-pro' }, TENANT)).toEqual({
      name: 'mailhelper-pro',
      kind: 'unverified',
    });
    expect(publisherOf({}, TENANT).name).toBe('Unknown publisher');
  });
});
