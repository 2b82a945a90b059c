import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateTenant } from './generator.ts';
import { demoTenant, IDS } from './seed.ts';

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const SHAPE = { servicePrincipals: 300, grants: 3000, appRoleAssignments: 1200, resourceApps: 5, seed: 7 };

describe('generateTenant', () => {
  it('gives the same tenant for the same options and seed, another for another seed', () => {
    expect(digest(generateTenant(demoTenant(), SHAPE))).toBe(digest(generateTenant(demoTenant(), SHAPE)));
    expect(digest(generateTenant(demoTenant(), { ...SHAPE, seed: 8 }))).not.toBe(digest(generateTenant(demoTenant(), SHAPE)));
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
