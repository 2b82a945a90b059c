import { describe, expect, it } from 'vitest';
import { isFirstParty, PUBLISHER_LABEL, publisherOf } from './publisher';

const TENANT = '7c1d0f3e-5a2b-4c6d-9e8f-0a1b2c3d4e5f';
const label = (app: Parameters<typeof publisherOf>[0]) => PUBLISHER_LABEL[publisherOf(app, TENANT).kind].label;

describe('publisherOf', () => {
  it('recognises Microsoft first-party apps by owner tenant, whatever the case', () => {
    const app = { appOwnerOrganizationId: 'F8CDEF31-A31E-4B4A-93E4-5F571E91255A', publisherName: 'Microsoft Services' };
    expect(publisherOf(app, TENANT)).toEqual({ name: 'Microsoft Services', kind: 'microsoft' });
    expect(isFirstParty(app)).toBe(true);
  });

  it("recognises the tenant's own apps, the console's included (issue 16: not “Unverified publisher”)", () => {
    expect(publisherOf({ appOwnerOrganizationId: TENANT.toUpperCase(), publisherName: 'Contoso' }, TENANT).kind).toBe('own-tenant');
    expect(label({ appOwnerOrganizationId: TENANT, verifiedPublisher: { displayName: null, verifiedPublisherId: null } })).toBe('Your organization');
  });

  it('calls a publisher verified only when Microsoft verified it (a verifiedPublisherId), and then uses its verified name', () => {
    const verified = {
      appOwnerOrganizationId: 'x',
      publisherName: 'adatum',
      verifiedPublisher: { displayName: 'Adatum Corporation', verifiedPublisherId: '4501234' },
    };
    expect(publisherOf(verified, TENANT)).toEqual({ name: 'Adatum Corporation', kind: 'verified' });
    // A name without the id is not a verification: the Applications screen once said "verified" here, Users "unverified".
    const nameOnly = { appOwnerOrganizationId: 'x', publisherName: 'mailhelper-pro', verifiedPublisher: { displayName: 'Microsoft Corporation' } };
    expect(publisherOf(nameOnly, TENANT)).toEqual({ name: 'mailhelper-pro', kind: 'unverified' });
  });

  it('never trusts a name: an app calling itself Microsoft from another tenant is unverified', () => {
    expect(publisherOf({ appOwnerOrganizationId: 'x', publisherName: 'Microsoft' }, TENANT).kind).toBe('unverified');
    expect(publisherOf({}, TENANT)).toEqual({ name: 'Unknown publisher', kind: 'unverified' });
  });

  it('has one label per kind, and only the unverified one vouches for nobody', () => {
    expect(Object.entries(PUBLISHER_LABEL).map(([kind, l]) => [kind, l.label, l.vouched])).toEqual([
      ['microsoft', 'Microsoft', true],
      ['own-tenant', 'Your organization', true],
      ['verified', 'Verified publisher', true],
      ['unverified', 'Unverified publisher', false],
    ]);
  });
});
