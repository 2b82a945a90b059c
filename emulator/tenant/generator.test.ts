import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateTenant } from './generator.ts';
import { GENERATED_HYGIENE, HIGH_RISK_SCOPE } from './generator-hygiene.ts';
import { retainedAudit } from './licence.ts';
import { demoTenant, IDS } from './seed.ts';
import type { TenantSnapshot } from './store.ts';

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const SHAPE = { servicePrincipals: 300, grants: 3000, appRoleAssignments: 1200, resourceApps: 5, seed: 7 };

describe('generateTenant', () => {
  it('gives the same tenant for the same options, seed and day, another for another seed', () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    expect(digest(generateTenant(demoTenant({}, now), SHAPE, now))).toBe(digest(generateTenant(demoTenant({}, now), SHAPE, now)));
    expect(digest(generateTenant(demoTenant({}, now), { ...SHAPE, seed: 8 }, now))).not.toBe(digest(generateTenant(demoTenant({}, now), SHAPE, now)));
  });

  it('adds exactly the asked numbers on top of the demo tenant', () => {
    const base = demoTenant();
    const tenant = generateTenant(base, SHAPE);
    expect(tenant.servicePrincipals.length - base.servicePrincipals.length).toBe(SHAPE.servicePrincipals);
    expect(tenant.grants.length - base.grants.length).toBe(SHAPE.grants);
    expect(tenant.appRoleAssignments.length - base.appRoleAssignments.length).toBe(SHAPE.appRoleAssignments);
    expect(new Set(tenant.grants.map((g) => g.id)).size).toBe(tenant.grants.length);
  });

  it('keeps one grant per client, resource, consent type and principal', () => {
    const tenant = generateTenant(demoTenant(), SHAPE);
    const keys = tenant.grants.map((g) => `${g.clientId} ${g.resourceId} ${g.consentType} ${g.principalId}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('spreads app role assignments over Microsoft Graph and the resource apps, each role once per app', () => {
    const base = demoTenant();
    const tenant = generateTenant(base, SHAPE);
    const generated = tenant.appRoleAssignments.slice(base.appRoleAssignments.length);
    const perResource = new Map<string, number>();
    for (const a of generated) perResource.set(a.resourceId, (perResource.get(a.resourceId) ?? 0) + 1);
    expect(perResource.size).toBe(1 + SHAPE.resourceApps);
    expect(perResource.get(IDS.sps.graph)).toBe(SHAPE.appRoleAssignments / (1 + SHAPE.resourceApps));
    const keys = generated.map((a) => `${a.principalId} ${a.resourceId} ${a.appRoleId}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const resourceId of perResource.keys()) {
      const resource = tenant.servicePrincipals.find((sp) => sp.id === resourceId)!;
      const published = new Set(resource.appRoles.filter((r) => r.allowedMemberTypes.includes('Application')).map((r) => r.id));
      expect(generated.filter((a) => a.resourceId === resourceId).every((a) => published.has(a.appRoleId))).toBe(true);
    }
  });

  it('without resource apps, puts every assignment on Microsoft Graph as before', () => {
    const base = demoTenant();
    const tenant = generateTenant(base, { ...SHAPE, resourceApps: undefined });
    expect(tenant.appRoleAssignments.slice(base.appRoleAssignments.length).every((a) => a.resourceId === IDS.sps.graph)).toBe(true);
  });
});

describe('generateTenant: access-review data (generator-hygiene.ts)', () => {
  const NOW = Date.parse('2026-03-01T12:00:00Z');
  const DAY = 86_400_000;
  const HYGIENE_SHAPE = { servicePrincipals: 2000, grants: 20_000, appRoleAssignments: 0, seed: 11 };
  const base = demoTenant({}, NOW);
  const tenant = generateTenant(base, HYGIENE_SHAPE, NOW);
  const apps = tenant.servicePrincipals.slice(base.servicePrincipals.length);
  const share = (n: number) => n / apps.length;
  const near = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThan(0.04);

  it('the same hygiene for the same seed and day; the apps and grants themselves do not depend on the day', () => {
    const again = generateTenant(demoTenant({}, NOW), HYGIENE_SHAPE, NOW);
    expect(digest(again)).toBe(digest(tenant));
    const strip = (t: TenantSnapshot) =>
      t.servicePrincipals
        .map((sp) => [sp.id, sp.appId, sp.displayName, sp.verifiedPublisher.verifiedPublisherId])
        .concat(t.grants.map((g) => [g.id, g.clientId, g.principalId]));
    expect(digest(strip(generateTenant(demoTenant({}, NOW), HYGIENE_SHAPE, NOW + 40 * DAY)))).toBe(digest(strip(tenant)));
  });

  it('a share of the apps is registered here, with secrets and certificates: some expired, some expiring within 30 days, most fine', () => {
    const registered = apps.filter((sp) => sp.registration?.application);
    near(share(registered.length), GENERATED_HYGIENE.registered);
    expect(registered.every((sp) => sp.appOwnerOrganizationId === base.settings.tenantId)).toBe(true);
    const credentials = registered.flatMap((sp) => [...sp.registration!.application!.passwordCredentials, ...sp.registration!.application!.keyCredentials]);
    const ends = credentials.map((c) => Date.parse(c.endDateTime));
    const expired = ends.filter((t) => t < NOW).length / ends.length;
    const expiring = ends.filter((t) => t >= NOW && t <= NOW + 30 * DAY).length / ends.length;
    near(expired, GENERATED_HYGIENE.expired);
    near(expiring, GENERATED_HYGIENE.expiring);
    expect(1 - expired - expiring).toBeGreaterThan(0.7);
    expect(registered.some((sp) => sp.registration!.application!.keyCredentials.length > 0)).toBe(true);
  });

  it('a share is ownerless; the others have one or two owners who are users of the tenant', () => {
    near(share(apps.filter((sp) => sp.ownerIds!.length === 0).length), GENERATED_HYGIENE.ownerless);
    const userIds = new Set(tenant.users.map((u) => u.id));
    expect(apps.every((sp) => sp.ownerIds!.length <= 2 && sp.ownerIds!.every((id) => userIds.has(id)))).toBe(true);
  });

  it('most apps have sign-in activity; a share idle over 90 days, half of those holding Mail.ReadWrite', () => {
    const signedIn = apps.filter((sp) => sp.signIns?.delegatedClient);
    near(share(signedIn.length), GENERATED_HYGIENE.signedIn);
    const idle = signedIn.filter((sp) => Date.parse(sp.signIns!.delegatedClient!) < NOW - 90 * DAY);
    near(idle.length / signedIn.length, GENERATED_HYGIENE.idle);
    const scopesOf = new Map<string, string>();
    for (const g of tenant.grants) scopesOf.set(g.clientId, `${scopesOf.get(g.clientId) ?? ''} ${g.scope}`);
    const risky = idle.filter((sp) => (scopesOf.get(sp.id) ?? '').split(' ').includes(HIGH_RISK_SCOPE));
    expect(risky.length / idle.length).toBeGreaterThanOrEqual(GENERATED_HYGIENE.idleHighRisk - 0.1);
  });

  it('a share of the grants has its consent events, all within the retention; the others none', () => {
    const generated = tenant.grants.slice(base.grants.length);
    const consents = tenant.audit.filter((e) => e.id.startsWith('Directory_gen_') && e.activityDisplayName === 'Consent to application');
    const adds = tenant.audit.filter((e) => e.id.startsWith('Directory_gen_') && e.activityDisplayName === 'Add delegated permission grant');
    expect(adds.length).toBe(consents.length);
    near(consents.length / generated.length, GENERATED_HYGIENE.audited);
    expect(consents.every((e) => Date.parse(e.activityDateTime) >= NOW - 30 * DAY && Date.parse(e.activityDateTime) <= NOW)).toBe(true);
    expect(retainedAudit(tenant.settings, tenant.audit, NOW).filter((e) => e.id.startsWith('Directory_gen_'))).toHaveLength(2 * consents.length);
    const times = tenant.audit.map((e) => e.activityDateTime);
    expect([...times].sort()).toEqual(times);
    const admin = consents.find((e) =>
      e.targetResources[0]!.modifiedProperties.some((p) => p.displayName === 'ConsentContext.OnBehalfOfAll' && p.newValue === '"True"'),
    );
    expect(admin?.initiatedBy.user?.id).toBe(IDS.users.admin);
  });

  it('caps the audited grants, so a million-grant tenant gains a bounded log', () => {
    const big = generateTenant(demoTenant({}, NOW), { servicePrincipals: 1000, grants: 200_000, seed: 3 }, NOW);
    expect(big.audit.filter((e) => e.id.startsWith('Directory_gen_') && e.activityDisplayName === 'Consent to application')).toHaveLength(
      GENERATED_HYGIENE.auditedMax,
    );
  });
});
