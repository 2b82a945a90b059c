import { describe, expect, it } from 'vitest';
import { GRAPH_APP_ID } from '../graph/microsoft-graph';
import { createPermissionCatalog, type GraphPermission } from './catalog';
import { highestRisk, riskRater } from './grant-risk';

const permission = (value: string, type: GraphPermission['type'], privilegeLevel: number): GraphPermission => ({
  id: `${type}-${value}`,
  value,
  type,
  isAdmin: type === 'application',
  isEnabled: true,
  adminConsentDisplayName: value,
  adminConsentDescription: '',
  privilegeLevel,
});
const catalog = createPermissionCatalog([
  permission('User.Read', 'delegated', 1),
  permission('Mail.Read', 'delegated', 2),
  permission('Calendars.Read', 'delegated', 2),
  permission('Calendars.ReadWrite', 'application', 3),
]);
const rater = riskRater(catalog);
const OTHER_API = 'a1b2c3d4-0000-0000-0000-000000000001';

describe('the risk of one delegated grant', () => {
  it('is its riskiest scope', () => {
    expect(rater.grant('User.Read Calendars.Read', GRAPH_APP_ID).tier).toBe('low');
    expect(rater.grant('User.Read Mail.Read', GRAPH_APP_ID).tier).toBe('medium');
    expect(rater.grant('User.Read Mail.ReadWrite', GRAPH_APP_ID)).toMatchObject({ tier: 'high', reasons: [expect.stringMatching(/dangerous/)] });
  });

  it('is one tier higher, once, when a phishing-prone scope comes with offline_access', () => {
    const raised = rater.grant('Mail.Read offline_access', GRAPH_APP_ID);
    expect(raised.tier).toBe('high');
    expect(raised.reasons.at(-1)).toMatch(/offline_access/);
    expect(rater.grant('User.Read Mail.ReadWrite offline_access', GRAPH_APP_ID).tier).toBe('critical');
    expect(rater.grant('openid profile User.Read Calendars.Read offline_access', GRAPH_APP_ID).tier).toBe('low');
  });

  it('is low for a grant with no scope left', () => {
    expect(rater.grant('', GRAPH_APP_ID)).toEqual({ tier: 'low', reasons: [] });
  });

  it("uses Microsoft's privilege levels for Microsoft Graph's scopes only", () => {
    expect(rater.scope('Calendars.Read', GRAPH_APP_ID).tier).toBe('low');
    // Another API's "Calendars.Read" is not Graph's: unrated, treated with caution.
    expect(rater.scope('Calendars.Read', OTHER_API).tier).toBe('medium');
    expect(rater.grant('Calendars.Read', OTHER_API).tier).toBe('medium');
    // Without the catalogue nothing is rated.
    expect(riskRater().scope('Calendars.Read', GRAPH_APP_ID).tier).toBe('medium');
  });
});

describe('the risk of an application permission', () => {
  it('ranks an app-only write above its privilege level', () => {
    expect(rater.appPermission('Calendars.ReadWrite', GRAPH_APP_ID).tier).toBe('high');
    expect(rater.appPermission('Mail.ReadWrite', GRAPH_APP_ID).tier).toBe('critical');
  });
});

describe('the risk of an app', () => {
  it('is the highest of its grants and application permissions, never raised by how many users consented', () => {
    const oneUser = { scope: 'User.Read Mail.Read offline_access', resourceAppId: GRAPH_APP_ID };
    expect(rater.app({ grants: [oneUser], appPermissions: [] }).tier).toBe('high');
    expect(rater.app({ grants: [oneUser, oneUser, oneUser], appPermissions: [] }).tier).toBe('high');
    expect(rater.app({ grants: [oneUser], appPermissions: [{ value: 'AppRoleAssignment.ReadWrite.All', resourceAppId: GRAPH_APP_ID }] }).tier).toBe('critical');
    expect(rater.app({ grants: [], appPermissions: [] })).toEqual({ tier: 'low', reasons: [] });
  });

  it('judges a grant by its own scopes: offline_access in one grant does not raise another', () => {
    const held = {
      grants: [
        { scope: 'Mail.Read', resourceAppId: GRAPH_APP_ID },
        { scope: 'User.Read offline_access', resourceAppId: GRAPH_APP_ID },
      ],
      appPermissions: [],
    };
    expect(rater.app(held).tier).toBe('medium');
  });
});

it('highestRisk keeps the reasons of the highest', () => {
  const high = { tier: 'high' as const, reasons: ['why'] };
  expect(highestRisk([{ tier: 'medium', reasons: ['m'] }, high, { tier: 'high', reasons: ['later'] }])).toBe(high);
});
