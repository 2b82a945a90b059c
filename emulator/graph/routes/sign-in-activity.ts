// GET /beta/reports/servicePrincipalSignInActivities — the one beta route the emulator models
// (api-reference/beta/api/reportroot-list-serviceprincipalsigninactivities.md): per service principal that
// has signed in, id (base64 of the appId), appId, lastSignInActivity and the four split activities, each
// { lastSignInDateTime, lastSignInRequestId }; $top, $filter (appId eq), nextLink paging. AuditLog.Read.All or
// Directory.Read.All (the rules' beta table). The page names no roles in the stored copies: the emulator asks
// for the audit log's (Reports Reader, Security Reader, Security Administrator; Global Reader reads). Tenants
// without Microsoft Entra ID P1/P2 get 403 Authentication_RequestFromNonPremiumTenantOrB2CTenant, as Graph
// answers the premium sign-in reports (SupportArticles: b2c-or-tenant-premium-license-sign-in-activities.md).
// With the report switched off (runtime signInActivityReport: false) it answers as a route Graph lacks.
import { createHash } from 'node:crypto';
import { hasPremium } from '../../tenant/licence.ts';
import { ROLE } from '../../tenant/roles.ts';
import { lastSignIn } from '../../tenant/sign-in-activity.ts';
import type { ServicePrincipal } from '../../tenant/types.ts';
import { badRequest, GraphError } from '../errors.ts';
import { listResponse, type Entity } from '../odata/page.ts';
import type { CollectionPolicy } from '../odata/query.ts';
import type { GraphResponse, RouteCall } from '../types.ts';
import type { RouteSpec } from './table.ts';

const PATH = '/reports/servicePrincipalSignInActivities';

const ACTIVITIES: CollectionPolicy = {
  type: 'servicePrincipalSignInActivity',
  filter: { properties: { appid: ['eq'] } },
  selectable: [
    'id',
    'appId',
    'lastSignInActivity',
    'delegatedClientSignInActivity',
    'delegatedResourceSignInActivity',
    'applicationAuthenticationClientSignInActivity',
    'applicationAuthenticationResourceSignInActivity',
  ],
};

/** A deterministic request id per sign-in (the report names the request of the last sign-in). */
function requestId(appId: string, at: string): string {
  const h = createHash('sha256').update(`${appId}:${at}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function activityEntity(sp: ServicePrincipal): Entity {
  const activity = (at: string | null | undefined) => (at ? { lastSignInDateTime: at, lastSignInRequestId: requestId(sp.appId, at) } : null);
  const t = sp.signIns ?? {};
  return {
    id: Buffer.from(sp.appId).toString('base64'),
    appId: sp.appId,
    lastSignInActivity: activity(lastSignIn(t)),
    delegatedClientSignInActivity: activity(t.delegatedClient),
    delegatedResourceSignInActivity: activity(t.delegatedResource),
    applicationAuthenticationClientSignInActivity: activity(t.applicationClient),
    applicationAuthenticationResourceSignInActivity: activity(t.applicationResource),
  };
}

function listActivities(call: RouteCall): GraphResponse {
  const { store } = call.context;
  if (!store.runtime.signInActivityReport) throw badRequest(`Resource not found for the segment 'servicePrincipalSignInActivities'.`, 'BadRequest');
  if (!hasPremium(store.settings)) {
    throw new GraphError(403, 'Authentication_RequestFromNonPremiumTenantOrB2CTenant', "Neither tenant is B2C or tenant doesn't have premium license");
  }
  const signedIn = [...store.servicePrincipals.values()].filter((sp) => lastSignIn(sp.signIns) !== null);
  return listResponse(call, signedIn, ACTIVITIES, 'reports/servicePrincipalSignInActivities', activityEntity);
}

export const betaRoutes: RouteSpec[] = [
  {
    method: 'GET',
    pattern: PATH,
    permissionPattern: `/beta${PATH}`,
    roles: () => [ROLE.reportsReader, ROLE.securityReader, ROLE.securityAdministrator, ROLE.globalReader],
    handler: listActivities,
  },
];
