import { describe, expect, it } from 'vitest';
import { buildHygiene, credentialStatus, hasExpiringCredentials, type HygieneInput } from './hygiene';
import type { InventoryRow, ServicePrincipalInfo } from './inventory';
import type { RiskTier } from './risk';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.parse('2026-12-02T12:00:00Z');
const inDays = (days: number) => new Date(now + days * DAY).toISOString();

const row = (sp: Partial<ServicePrincipalInfo> & { id: string }, risk: RiskTier = 'low'): InventoryRow => ({
  sp: { appId: `app-${sp.id}`, displayName: sp.id, ...sp },
  adminGrants: 0,
  consentingUsers: 0,
  appPermissions: 0,
  risk,
});

const input = (rows: InventoryRow[], overrides: Partial<HygieneInput> = {}): HygieneInput => ({
  rows,
  applications: { state: 'available', value: [] },
  ownerless: { state: 'available', value: new Set() },
  signIns: { state: 'available', value: new Map() },
  now,
  ...overrides,
});

describe('credentialStatus', () => {
  it('expired at or before now, expiring within 30 days, valid after (or without an end date)', () => {
    expect(credentialStatus(inDays(-1), now)).toBe('expired');
    expect(credentialStatus(inDays(0), now)).toBe('expired');
    expect(credentialStatus(inDays(1), now)).toBe('expiring');
    expect(credentialStatus(inDays(30), now)).toBe('expiring');
    expect(credentialStatus(inDays(31), now)).toBe('valid');
    expect(credentialStatus(null, now)).toBe('valid');
  });
});

describe('buildHygiene: credentials', () => {
  it('joins the application object by appId (any case) and adds the service principal’s own, soonest first', () => {
    const sync = row({ id: 'sync', appId: 'ABC', keyCredentials: [{ keyId: 'saml', displayName: 'SAML', endDateTime: inDays(12), usage: 'Sign' }] });
    const hygiene = buildHygiene(
      input([sync], {
        applications: {
          state: 'available',
          value: [
            {
              id: 'obj',
              appId: 'abc',
              passwordCredentials: [
                { keyId: 'cur', displayName: 'Current', endDateTime: inDays(21) },
                { keyId: 'old', displayName: 'Previous', endDateTime: inDays(-35) },
              ],
              keyCredentials: [{ keyId: 'cert', endDateTime: inDays(300) }],
            },
          ],
        },
      }),
    ).get('sync')!;
    expect(hygiene.credentials.map((c) => [c.keyId, c.kind, c.where, c.status])).toEqual([
      ['old', 'secret', 'application', 'expired'],
      ['saml', 'certificate', 'servicePrincipal', 'expiring'],
      ['cur', 'secret', 'application', 'expiring'],
      ['cert', 'certificate', 'application', 'valid'],
    ]);
    expect(hygiene.credentials[3]!.name).toBe('Unnamed certificate');
    expect(hygiene.credentialStatus).toBe('expired');
    expect(hygiene.soonestExpiry).toBe(inDays(-35));
    expect(hygiene.credentialsComplete).toBe(true);
    expect(hasExpiringCredentials(hygiene)).toBe(true);
  });

  it('an app with only valid credentials, or none, is not expiring; unread application objects mark the list incomplete', () => {
    const ok = row({ id: 'ok', passwordCredentials: [{ keyId: 'k', endDateTime: inDays(90) }] });
    const bare = row({ id: 'bare' });
    const hygiene = buildHygiene(input([ok, bare], { applications: { state: 'unavailable', reason: 'Graph refused.' } }));
    expect(hygiene.get('ok')!.credentialStatus).toBe('valid');
    expect(hasExpiringCredentials(hygiene.get('ok')!)).toBe(false);
    expect(hygiene.get('bare')!.credentialStatus).toBeUndefined();
    expect(hygiene.get('bare')!.credentialsComplete).toBe(false);
  });
});

describe('buildHygiene: owners', () => {
  const mine = row({ id: 'mine' });
  const orphan = row({ id: 'orphan' });
  const microsoft = row({ id: 'ms', appOwnerOrganizationId: 'f8cdef31-a31e-4b4a-93e4-5f571e91255a' });

  it('none for the ownerless ids, some for the others; Microsoft’s own apps apart', () => {
    const hygiene = buildHygiene(input([mine, orphan, microsoft], { ownerless: { state: 'available', value: new Set(['orphan', 'ms']) } }));
    expect(hygiene.get('mine')!.owners).toEqual({ state: 'some' });
    expect(hygiene.get('orphan')!.owners).toEqual({ state: 'none' });
    expect(hygiene.get('ms')!.owners).toEqual({ state: 'microsoft' });
  });

  it('unknown, with the reason, when the read was not possible', () => {
    const hygiene = buildHygiene(input([orphan], { ownerless: { state: 'unavailable', reason: 'No consent.' } }));
    expect(hygiene.get('orphan')!.owners).toEqual({ state: 'unknown', reason: 'No consent.' });
    expect(buildHygiene(input([orphan], { ownerless: { state: 'loading' } })).get('orphan')!.owners).toEqual({ state: 'unknown' });
  });
});

describe('buildHygiene: last sign-in and unused high-risk', () => {
  const stale = row({ id: 'stale', appId: 'STALE' }, 'high');
  const never = row({ id: 'never' }, 'critical');
  const recent = row({ id: 'recent' }, 'high');
  const lowStale = row({ id: 'low', appId: 'low-app' }, 'medium');
  const signIns = new Map([
    ['stale', inDays(-120)],
    ['app-recent', inDays(-89)],
    ['low-app', inDays(-150)],
  ]);
  const hygiene = buildHygiene(input([stale, never, recent, lowStale], { signIns: { state: 'available', value: signIns } }));

  it('the report’s date by appId; an app it does not list has none recorded (null)', () => {
    expect(hygiene.get('stale')!.lastSignIn).toEqual({ state: 'recorded', at: inDays(-120) });
    expect(hygiene.get('never')!.lastSignIn).toEqual({ state: 'recorded', at: null });
  });

  it('unused: high or critical risk and no sign-in for 90 days (or none recorded); a lower risk is never unused', () => {
    expect(hygiene.get('stale')!.unused.state).toBe('unused');
    expect(hygiene.get('stale')!.unused.reason).toContain('120 days ago');
    expect(hygiene.get('never')!.unused.state).toBe('unused');
    expect(hygiene.get('recent')!.unused.state).toBe('used');
    expect(hygiene.get('low')!.unused.state).toBe('not-high-risk');
    expect(hygiene.get('low')!.highRisk).toBe(false);
  });

  it('never unused when the report is unavailable or loading: unknown, saying why', () => {
    const unavailable = buildHygiene(input([stale], { signIns: { state: 'unavailable', reason: 'The tenant has no Microsoft Entra ID P1 or P2.' } })).get(
      'stale',
    )!;
    expect(unavailable.lastSignIn).toEqual({ state: 'unavailable', reason: 'The tenant has no Microsoft Entra ID P1 or P2.' });
    expect(unavailable.unused).toEqual({ state: 'unknown', reason: 'Its last sign-in cannot be told: The tenant has no Microsoft Entra ID P1 or P2.' });
    expect(buildHygiene(input([stale], { signIns: { state: 'loading' } })).get('stale')!.unused.state).toBe('unknown');
  });
});
