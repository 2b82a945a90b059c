// /_emulator/*: the demo tenant's public facts for tools and tests (always), and — only when started for
// tests — reset, a state dump and the run-time settings (control/settings.ts). Fault injection registers
// its own control route (graph/faults.ts).
import { auditRetentionDays } from '../tenant/licence.ts';
import type { EmulatorContext } from '../context.ts';
import { faultRoutes } from '../graph/faults.ts';
import type { Router } from '../http/router.ts';
import { sendJson } from '../http/respond.ts';
import { allPolicies, expireRequests } from '../tenant/governance.ts';
import { ROLE_NAMES } from '../tenant/roles.ts';
import { withHostileApps } from '../tenant/hostile.ts';
import { DEMO, demoTenant, NEW_APP } from '../tenant/seed.ts';
import type { TenantStore } from '../tenant/store.ts';
import { settingsRoutes } from './settings.ts';

export function demoFacts(context: EmulatorContext) {
  const { store } = context;
  return {
    tenantId: store.tenantId,
    tenantDisplayName: store.settings.displayName,
    identityBaseUrl: context.identityUrl,
    graphBaseUrl: context.graphUrl,
    consoleClientId: DEMO.consoleClientId,
    daemon: { ...DEMO.daemon },
    /** The multi-tenant app with no service principal here until the first consent (emulator/README.md). */
    newApp: { appId: NEW_APP.appId, displayName: NEW_APP.displayName, redirectUri: NEW_APP.redirectUri },
    accounts: [...store.users.values()]
      .filter((u) => u.userPrincipalName.endsWith(`@${DEMO.domain}`))
      .map((u) => ({
        id: u.id,
        upn: u.userPrincipalName,
        displayName: u.displayName,
        roles: u.roleTemplateIds.map((id) => ROLE_NAMES[id] ?? id),
        userType: u.userType,
      })),
    groups: [...store.groups.values()].map((g) => ({ id: g.id, displayName: g.displayName, memberIds: g.memberIds })),
  };
}

export function controlRoutes(router: Router, context: EmulatorContext): void {
  router.get('/_emulator/demo', ({ res }) => sendJson(res, 200, demoFacts(context)));
  if (!context.options.testControl) return;

  faultRoutes(router, context);
  settingsRoutes(router, context);
  // POST /_emulator/reset → the seed; with {"variant":"hostile"} → the seed plus the hostile apps.
  router.post('/_emulator/reset', async ({ res, body }) => {
    const raw = (await body()).toString('utf8').trim();
    let variant = 'seed';
    if (raw) {
      try {
        variant = String((JSON.parse(raw) as { variant?: unknown }).variant ?? 'seed');
      } catch {
        return sendJson(res, 400, { error: 'invalid_request', error_description: 'The body must be JSON: {"variant":"seed"|"hostile"}.' });
      }
    }
    if (variant === 'hostile') context.store.resetTo(withHostileApps(demoTenant({ redirectUris: context.options.redirectUris })));
    else if (variant === 'seed') context.store.reset();
    else return sendJson(res, 400, { error: 'invalid_request', error_description: `Unknown variant "${variant}": use "seed" or "hostile".` });
    sendJson(res, 200, { reset: true, variant });
  });
  router.get('/_emulator/state', ({ res }) => sendJson(res, 200, stateDump(context.store)));
}

/** GET /_emulator/state: the tenant as the store holds it (test control only). */
export type EmulatorStateDump = ReturnType<typeof stateDump>;

/** The demo tenant's public facts, as GET /_emulator/demo returns them. */
export type DemoFacts = ReturnType<typeof demoFacts>;

function stateDump(store: TenantStore) {
  expireRequests(store);
  const { governance } = store;
  return {
    settings: store.settings,
    users: [...store.users.values()],
    groups: [...store.groups.values()],
    servicePrincipals: [...store.servicePrincipals.values()].map(({ oauth2PermissionScopes, appRoles, ...rest }) => ({
      ...rest,
      scopeCount: oauth2PermissionScopes.length,
      appRoleCount: appRoles.length,
    })),
    grants: [...store.grants.values()],
    appRoleAssignments: [...store.appRoleAssignments.values()],
    // What Graph reads return now: behind the state above by the replication delay, when one is set.
    visibleGrants: [...store.visibleGrants()],
    visibleAppRoleAssignments: [...store.visibleAppRoleAssignments()],
    // Every event the store recorded; Graph returns only those within auditRetentionDays (licence.ts).
    audit: store.audit,
    auditRetentionDays: auditRetentionDays(store.settings),
    // Consent governance: the user-consent setting, every permission grant policy (built-in and custom), the
    // APIs' classifications (with servicePrincipalId), the workflow and its requests (userConsentRequests
    // inline, each with the scopes its user asked for).
    consent: {
      permissionGrantPoliciesAssigned: governance.authorizationPolicy.defaultUserRolePermissions.permissionGrantPoliciesAssigned,
      permissionGrantPolicies: allPolicies(store),
      classifications: governance.classifications,
      adminConsentRequestPolicy: governance.adminConsentRequestPolicy,
      appConsentRequests: governance.appConsentRequests,
    },
    runtime: store.runtime,
  };
}
