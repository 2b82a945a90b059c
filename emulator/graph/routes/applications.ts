// /applications: the application objects of the apps registered in this tenant (application-list.md,
// application-get.md, by id or appId alternate key), with their secrets and certificates as Graph reads them
// (passwordCredentials without secretText, keyCredentials without key), and the owners of an application and
// of a service principal (application-list-owners.md, serviceprincipal-list-owners.md): a directoryObject
// collection of users and service principals.
import { ownerCount, registeredApp, registeredApps } from '../../tenant/directory-lookups.ts';
import type { ServicePrincipal } from '../../tenant/types.ts';
import { notFound } from '../errors.ts';
import { listResponse, project, type Entity } from '../odata/page.ts';
import { parseListQuery, type CollectionPolicy } from '../odata/query.ts';
import { credentialEntities, servicePrincipalEntity, typed, userEntity, USER_DEFAULTS } from '../serialize.ts';
import type { GraphResponse, RouteCall } from '../types.ts';
import { entityResponse, requireServicePrincipal } from './helpers.ts';
import type { RouteSpec } from './table.ts';

const EQ_IN = ['eq', 'in'] as const;

export const APPLICATIONS: CollectionPolicy = {
  type: 'application',
  filter: {
    properties: { id: [...EQ_IN], appid: [...EQ_IN], displayname: ['eq', 'in', 'startswith'], signinaudience: [...EQ_IN], createddatetime: ['eq', 'ge', 'le'] },
  },
  // resources/application.md, owners: "Supports $expand, $filter (/$count eq 0, /$count ne 0, /$count eq 1, /$count ne 1)".
  counts: { owners: (call, sp: ServicePrincipal) => ownerCount(call.context.store, sp.registration!.application!.ownerIds) },
  selectable: [
    'addIns',
    'api',
    'appId',
    'appRoles',
    'createdDateTime',
    'deletedDateTime',
    'description',
    'displayName',
    'id',
    'identifierUris',
    'info',
    'keyCredentials',
    'notes',
    'passwordCredentials',
    'publisherDomain',
    'requiredResourceAccess',
    'signInAudience',
    'spa',
    'tags',
    'verifiedPublisher',
    'web',
  ],
};

const OWNERS: CollectionPolicy = { type: 'directoryObject', filter: { properties: {} }, selectable: ['id', 'displayName', 'userPrincipalName', 'appId'] };

function applicationEntity(sp: ServicePrincipal, domain: string): Entity {
  const registration = sp.registration!;
  const app = registration.application!;
  return {
    id: app.id,
    deletedDateTime: null,
    addIns: [],
    api: { oauth2PermissionScopes: sp.oauth2PermissionScopes },
    appId: sp.appId,
    appRoles: sp.appRoles,
    createdDateTime: app.createdDateTime,
    description: sp.description,
    displayName: sp.displayName,
    identifierUris: [],
    info: sp.info,
    notes: null,
    publisherDomain: domain,
    requiredResourceAccess: registration.requiredResourceAccess,
    signInAudience: 'AzureADMyOrg',
    spa: { redirectUris: registration.spaRedirectUris },
    tags: [],
    verifiedPublisher: sp.verifiedPublisher,
    web: { homePageUrl: sp.homepage, logoutUrl: null, redirectUris: registration.webRedirectUris },
    ...credentialEntities(app),
  };
}

function requireApplication(call: RouteCall): ServicePrincipal {
  const sp = registeredApp(call.context.store, call.params.id!);
  if (!sp) throw notFound(call.params.id!);
  return sp;
}

function getApplication(call: RouteCall): GraphResponse {
  const q = parseListQuery(call, { ...APPLICATIONS, filter: { properties: {} } });
  const fragment = q.select ? `applications(${q.select.join(',')})/$entity` : 'applications/$entity';
  return entityResponse(call, fragment, project(applicationEntity(requireApplication(call), call.context.store.settings.defaultDomain), q.select));
}

/** Owners are users or service principals; anything else the ids name is gone and left out. */
function owners(call: RouteCall, ownerIds: readonly string[], contextPath: string): GraphResponse {
  const { store } = call.context;
  const items: Entity[] = [];
  for (const id of ownerIds) {
    const user = store.users.get(id);
    const sp = store.servicePrincipals.get(id);
    if (user) items.push(typed('user', project(userEntity(user), USER_DEFAULTS)));
    else if (sp) items.push(typed('servicePrincipal', servicePrincipalEntity(sp)));
  }
  return listResponse(call, items, OWNERS, contextPath, (o) => o);
}

export const applicationRoutes: RouteSpec[] = [
  {
    method: 'GET',
    pattern: '/applications',
    handler: (c) => {
      const domain = c.context.store.settings.defaultDomain;
      return listResponse(c, registeredApps(c.context.store), APPLICATIONS, 'applications', (sp) => applicationEntity(sp, domain));
    },
  },
  { method: 'GET', pattern: '/applications/{id}', handler: getApplication },
  {
    method: 'GET',
    pattern: '/applications/{id}/owners',
    handler: (c) => owners(c, requireApplication(c).registration!.application!.ownerIds, `applications('${c.params.id!}')/owners`),
  },
  {
    method: 'GET',
    pattern: '/servicePrincipals/{id}/owners',
    handler: (c) => owners(c, requireServicePrincipal(c, c.params.id!).ownerIds ?? [], `servicePrincipals('${c.params.id!}')/owners`),
  },
];
