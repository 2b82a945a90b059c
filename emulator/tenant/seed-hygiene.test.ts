// The demo tenant's access-review data: what the console's hygiene and "unused" lists must find in it.
import { describe, expect, it } from 'vitest';
import { graphAppRole } from './catalog.ts';
import { DEMO, demoTenant, HYGIENE_IDS, IDS, OWNERLESS, UNUSED_HIGH_RISK } from './seed.ts';
import { lastSignIn } from './sign-in-activity.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const now = Date.parse('2026-12-02T12:00:00Z');
const tenant = demoTenant({}, now);
const sp = (id: string) => tenant.servicePrincipals.find((s) => s.id === id)!;
const days = (at: string) => (Date.parse(at) - now) / DAY_MS;

describe('demo access-review data (seed-hygiene.ts)', () => {
  it('the daemon app: a secret expiring within 30 days, an expired secret and an expired certificate', () => {
    const app = sp(IDS.sps.daemon).registration!.application!;
    expect(app.id).toBe(HYGIENE_IDS.applications.daemon);
    const [current, previous] = app.passwordCredentials;
    expect(days(current!.endDateTime)).toBeGreaterThan(0);
    expect(days(current!.endDateTime)).toBeLessThan(30);
    expect(days(previous!.endDateTime)).toBeLessThan(0);
    expect(days(app.keyCredentials[0]!.endDateTime)).toBeLessThan(0);
  });

  it('only apps registered in this tenant have an application object', () => {
    const registered = tenant.servicePrincipals.filter((s) => s.registration?.application).map((s) => s.id);
    expect(registered).toEqual([IDS.sps.console, IDS.sps.daemon]);
  });

  it('the ownerless apps have no owners; every other app (Microsoft first-party aside) has one', () => {
    const apps = tenant.servicePrincipals.filter((s) => s.appOwnerOrganizationId !== DEMO.microsoftTenantId);
    for (const app of apps) expect((app.ownerIds ?? []).length === 0, app.displayName).toBe((OWNERLESS as readonly string[]).includes(app.id));
  });

  it('unused high-risk: Mail.ReadWrite or Directory.ReadWrite.All held, last sign-in over 90 days ago; the others recent', () => {
    const mailHelperGrants = tenant.grants.filter((g) => g.clientId === IDS.sps.mailHelper);
    expect(mailHelperGrants.every((g) => g.scope.includes('Mail.ReadWrite'))).toBe(true);
    const tailspinRoles = tenant.appRoleAssignments.filter((a) => a.principalId === IDS.sps.tailspinAutomation).map((a) => a.appRoleId);
    expect(tailspinRoles).toContain(graphAppRole('Directory.ReadWrite.All').id);
    for (const id of UNUSED_HIGH_RISK) expect(days(lastSignIn(sp(id).signIns)!)).toBeLessThan(-90);
    const used = [IDS.sps.console, IDS.sps.daemon, IDS.sps.adatumSign, IDS.sps.fabrikamCalendar, IDS.sps.litwareNotes, IDS.sps.northwindHr];
    for (const id of used) expect(days(lastSignIn(sp(id).signIns)!)).toBeGreaterThan(-90);
  });

  it('the consent history: the older half beyond 30 days (the P1 retention), the newer half within it', () => {
    expect(tenant.settings.licence).toBe('P1');
    const ages = tenant.audit.map((e) => -days(e.activityDateTime));
    expect(ages.filter((a) => a > 30)).toHaveLength(3);
    expect(ages.filter((a) => a > 0 && a < 30)).toHaveLength(3);
  });
});
