import '../../../test-support/dom-globals';
import { cleanup, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AssignmentSnapshot, GrantSnapshot } from '../../../graph/entities';
import { GRAPH_APP_ID } from '../../../graph/microsoft-graph';
import { createPermissionCatalog, type GraphPermission } from '../../../permissions/catalog';
import { highestRisk } from '../../../permissions/grant-risk';
import { buildInventory, type InventoryRow, type ServicePrincipalInfo } from '../../../permissions/inventory';
import { RISK_LABEL } from '../../../permissions/risk';
import { buildAppDetail, type AppDetail } from './app-detail-model';
import { AppSummary } from './app-summary';

const sp = (id: string, extra: Partial<ServicePrincipalInfo> = {}): ServicePrincipalInfo => ({ id, appId: `app-${id}`, displayName: id, ...extra });
const graph = sp('graph', {
  appId: GRAPH_APP_ID,
  appRoles: [
    { id: 'r-mail', value: 'Mail.ReadWrite' },
    { id: 'r-cal', value: 'Calendars.Read' },
  ],
});
const api = sp('api', { oauth2PermissionScopes: [{ id: 's1', value: 'Calendars.Read', type: 'User' }] });
const clients = ['two-users', 'mixed', 'daemon', 'other-api', 'gone-role', 'nothing'].map((id) => sp(id));

const grant = (id: string, clientId: string, scope: string, principalId: string | null, resourceId = 'graph'): GrantSnapshot => ({
  id,
  clientId,
  consentType: principalId ? 'Principal' : 'AllPrincipals',
  principalId,
  resourceId,
  scope,
});
const grants = [
  // The case: two users each granted Mail.Read with offline_access.
  grant('g1', 'two-users', 'User.Read Mail.Read offline_access', 'u1'),
  grant('g2', 'two-users', 'User.Read Mail.Read offline_access', 'u2'),
  grant('g3', 'mixed', 'User.Read Calendars.Read', null),
  grant('g4', 'mixed', 'Mail.Read', 'u1'),
  grant('g5', 'mixed', 'offline_access', 'u2'),
  grant('g6', 'other-api', 'Calendars.Read', null, 'api'),
];
const assignments: AssignmentSnapshot[] = [
  { id: 'a1', appRoleId: 'r-mail', principalId: 'daemon', resourceId: 'graph' },
  { id: 'a2', appRoleId: 'r-cal', principalId: 'daemon', resourceId: 'graph' },
  { id: 'a3', appRoleId: 'removed-role', principalId: 'gone-role', resourceId: 'graph' },
];
const permission = (value: string, type: GraphPermission['type'], privilegeLevel: number): GraphPermission => ({
  id: `${type}-${value}`,
  value,
  type,
  isAdmin: false,
  isEnabled: true,
  adminConsentDisplayName: value,
  adminConsentDescription: '',
  privilegeLevel,
});
const catalog = createPermissionCatalog([
  permission('Mail.Read', 'delegated', 2),
  permission('Calendars.Read', 'delegated', 2),
  permission('Calendars.Read', 'application', 3),
]);
const inventory = { servicePrincipals: [graph, api, ...clients], grants, assignments };

/** The highest risk the app's page shows: its grants' badges and its application permissions' badges. */
const pageRisk = (detail: AppDetail) =>
  highestRisk([...detail.resources.flatMap((r) => r.grants.map((g) => g.risk)), ...detail.appPermissions.map((p) => p.risk)]).tier;

describe("the Applications list and an app's page rate an app the same", () => {
  const rows = buildInventory({ ...inventory, catalog });
  const listRisk = (id: string) => rows.find((r) => r.sp.id === id)!.risk;

  it.each(clients.map((c) => c.id))('%s', (id) => {
    expect(pageRisk(buildAppDetail(id, { inventory, catalog })!)).toBe(listRisk(id));
  });

  it('two users’ Mail.Read offline_access grants are high on both, not critical in the list', () => {
    expect(listRisk('two-users')).toBe('high');
    const detail = buildAppDetail('two-users', { inventory, catalog })!;
    expect(detail.resources[0]!.grants.map((g) => g.risk.tier)).toEqual(['high', 'high']);
  });

  it('rates what each case holds', () => {
    expect(clients.map((c) => [c.id, listRisk(c.id)])).toEqual([
      ['two-users', 'high'],
      ['mixed', 'medium'],
      ['daemon', 'critical'],
      ['other-api', 'medium'],
      ['gone-role', 'medium'],
      ['nothing', 'low'],
    ]);
  });

  it('agree without the catalogue too', () => {
    const uncatalogued = buildInventory(inventory);
    for (const { id } of clients) expect(pageRisk(buildAppDetail(id, { inventory })!)).toBe(uncatalogued.find((r) => r.sp.id === id)!.risk);
  });
});

describe("the app's page summary shows the risk its Applications list row shows", () => {
  afterEach(cleanup);
  const rows = buildInventory({ ...inventory, catalog });
  /** The list's "Highest risk" cell: the tier's label, or "Nothing granted" for an app that holds nothing. */
  const listCell = (row: InventoryRow) => (row.adminGrants + row.consentingUsers + row.appPermissions > 0 ? RISK_LABEL[row.risk] : 'Nothing granted');
  const summaryRisk = (detail: AppDetail) => {
    render(createElement(AppSummary, { detail, tenantId: 'tenant' }));
    return screen.getByText('Highest risk').nextElementSibling?.textContent;
  };

  it.each(clients.map((c) => c.id))('%s', (id) => {
    const detail = buildAppDetail(id, { inventory, catalog })!;
    const row = rows.find((r) => r.sp.id === id)!;
    expect(detail.risk.tier).toBe(row.risk);
    expect(summaryRisk(detail)).toBe(listCell(row));
  });

  it('the two users’ Mail.Read offline_access app reads High risk, the app that holds nothing “Nothing granted”', () => {
    expect(summaryRisk(buildAppDetail('two-users', { inventory, catalog })!)).toBe('High risk');
    cleanup();
    expect(summaryRisk(buildAppDetail('nothing', { inventory, catalog })!)).toBe('Nothing granted');
  });
});
