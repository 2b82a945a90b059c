// The directory audit events the store writes, in the real log's format.
import { describe, expect, it } from 'vitest';
import { assignmentChangeEvent, consentEvent, consentPermissions } from './audit-events.ts';
import { demoTenant, IDS } from './seed.ts';
import type { AppRoleAssignment, OAuth2PermissionGrant } from './types.ts';

const tenant = demoTenant();
const client = tenant.servicePrincipals.find((s) => s.id === IDS.sps.quickPdf)!;
const megan = tenant.users.find((u) => u.id === IDS.users.megan)!;

const grant = (scope: string, principalId: string | null = IDS.users.megan): OAuth2PermissionGrant => ({
  id: 'GrantId000000000000000000000000000000000001',
  clientId: IDS.sps.quickPdf,
  consentType: principalId ? 'Principal' : 'AllPrincipals',
  principalId,
  resourceId: IDS.sps.graph,
  scope,
});

const record = (g: OAuth2PermissionGrant) =>
  `[Id: ${g.id}, ClientId: ${g.clientId}, PrincipalId: ${g.principalId ?? ''}, ResourceId: ${g.resourceId}, ConsentType: ${g.consentType}, Scope: ${g.scope}, CreatedDateTime: , LastModifiedDateTime: ]`;

function property(event: ReturnType<typeof consentEvent>, name: string): string | null | undefined {
  return event.targetResources[0]?.modifiedProperties.find((p) => p.displayName === name)?.newValue;
}

describe('Consent to application — ConsentAction.Permissions in the real structured form (issue 13 finding 10; Entra audit log)', () => {
  it('a new user consent: [] => [[Id: …, ClientId: …, PrincipalId: <user>, ResourceId: …, ConsentType: Principal, Scope: …, CreatedDateTime: , LastModifiedDateTime: ]]; ', () => {
    const g = grant('User.Read Files.Read');
    expect(consentPermissions([{ before: null, after: g }])).toBe(
      `[] => [[Id: GrantId000000000000000000000000000000000001, ClientId: ${IDS.sps.quickPdf}, PrincipalId: ${IDS.users.megan}, ResourceId: ${IDS.sps.graph}, ConsentType: Principal, Scope: User.Read Files.Read, CreatedDateTime: , LastModifiedDateTime: ]]; `,
    );
  });

  it('an amended consent carries the old grant on the left and the new on the right', () => {
    const before = grant('User.Read');
    const after = grant('User.Read Mail.Read');
    expect(consentPermissions([{ before, after }])).toBe(`[${record(before)}] => [${record(after)}]; `);
  });

  it('tenant-wide consent has an empty PrincipalId; a removed grant has [] on the right; changes are concatenated', () => {
    const a = grant('User.Read openid', null);
    const b = { ...grant('AllSites.Read', null), id: 'GrantId000000000000000000000000000000000002', resourceId: IDS.sps.sharepoint };
    const text = consentPermissions([
      { before: a, after: { ...a, scope: 'User.Read' } },
      { before: b, after: null },
    ]);
    expect(text).toBe(`[${record(a)}] => [${record({ ...a, scope: 'User.Read' })}]; [${record(b)}] => []; `);
    expect(text).toContain('PrincipalId: , ');
  });

  it('values are wrapped in double quotes as the real log writes them ("\\"True\\"")', () => {
    const event = consentEvent(client, { user: megan }, { onBehalfOfAll: false, changes: [{ before: null, after: grant('User.Read') }] });
    expect(event.activityDisplayName).toBe('Consent to application');
    expect(property(event, 'ConsentContext.IsAdminConsent')).toBe('"False"');
    expect(property(event, 'ConsentContext.OnBehalfOfAll')).toBe('"False"');
    expect(property(event, 'ConsentContext.IsAppOnly')).toBe('"False"');
    expect(property(event, 'ConsentAction.Permissions')).toBe(`"[] => [${record(grant('User.Read'))}]; "`);
    expect(property(event, 'TargetId.ServicePrincipalNames')).toBe(`"${client.appId}"`);
    expect(event.targetResources[0]).toMatchObject({ id: client.id, type: 'ServicePrincipal' });
  });

  it('admin consent for the organization: IsAdminConsent and OnBehalfOfAll "True"', () => {
    const event = consentEvent(client, { user: megan }, { onBehalfOfAll: true, changes: [] });
    expect(property(event, 'ConsentContext.IsAdminConsent')).toBe('"True"');
    expect(property(event, 'ConsentContext.OnBehalfOfAll')).toBe('"True"');
    expect(property(event, 'ConsentAction.Permissions')).toBe('""');
  });

  it("the seed's consent history uses the same format, with the seeded grant's id", () => {
    const seeded = tenant.audit.find((e) => e.id === 'Directory_seed_GrantQuickPdfMeganGraph00000000000000000010')!;
    const g = tenant.grants.find((x) => x.id === 'GrantQuickPdfMeganGraph00000000000000000010')!;
    expect(seeded.targetResources[0]?.modifiedProperties.find((p) => p.displayName === 'ConsentAction.Permissions')?.newValue).toBe(`"[] => [${record(g)}]; "`);
  });
});

describe('app role assignment events are named after the kind of principal (Entra audit activities)', () => {
  const base: AppRoleAssignment = {
    id: 'a',
    appRoleId: 'r',
    createdDateTime: '2026-01-01T00:00:00Z',
    deletedDateTime: null,
    principalId: 'p',
    principalType: 'ServicePrincipal',
    principalDisplayName: 'P',
    resourceId: 'res',
    resourceDisplayName: 'R',
  };
  it.each([
    ['ServicePrincipal', 'Add app role assignment to service principal', 'Remove app role assignment from service principal'],
    ['User', 'Add app role assignment grant to user', 'Remove app role assignment from user'],
    ['Group', 'Add app role assignment to group', 'Remove app role assignment from group'],
  ] as const)('%s: "%s" / "%s"', (principalType, add, remove) => {
    const a = { ...base, principalType };
    expect(assignmentChangeEvent('add', a, {}).activityDisplayName).toBe(add);
    expect(assignmentChangeEvent('add', a, {}).operationType).toBe('Assign');
    expect(assignmentChangeEvent('remove', a, {}).activityDisplayName).toBe(remove);
    expect(assignmentChangeEvent('remove', a, {}).operationType).toBe('Unassign');
  });
});
