// /organization (organization-list.md) and /organization/{id} (organization-get.md): the one tenant object —
// its id (the tenant id), name, verified domains and the service plans its licence brings (assignedPlans,
// provisionedPlans). The docs' note: a caller holding only User.Read reads id, displayName and verifiedDomains;
// every other property comes back null.
import { apiRule } from '../../rules/rules.ts';
import { entraPlans } from '../../tenant/licence.ts';
import { notFound } from '../errors.ts';
import { listResponse, project, type Entity } from '../odata/page.ts';
import { parseListQuery, type CollectionPolicy } from '../odata/query.ts';
import { holdsOneSet } from '../permission-map.ts';
import type { RouteCall } from '../types.ts';
import { entityResponse } from './helpers.ts';
import type { RouteSpec } from './table.ts';

const BASIC = ['id', 'displayName', 'verifiedDomains'];
/** The emulated tenant's creation: fixed, so responses are deterministic. */
const CREATED = '2024-01-15T08:00:00Z';

export const ORGANIZATION: CollectionPolicy = {
  type: 'organization',
  filter: { properties: {} },
  selectable: [
    'assignedPlans',
    'businessPhones',
    'city',
    'country',
    'countryLetterCode',
    'createdDateTime',
    'defaultUsageLocation',
    'deletedDateTime',
    'displayName',
    'id',
    'onPremisesSyncEnabled',
    'preferredLanguage',
    'provisionedPlans',
    'tenantType',
    'technicalNotificationMails',
    'verifiedDomains',
  ],
};

/** Does the caller hold more than User.Read, i.e. one of the documented sets that reads every property? */
function readsAll(call: RouteCall): boolean {
  const rule = apiRule('GET /organization');
  const sets = (call.principal.delegated ? rule?.d : rule?.a) || [];
  return holdsOneSet(
    sets.filter((set) => !(set.length === 1 && set[0]!.toLowerCase() === 'user.read')),
    call.principal.permissions,
  );
}

function organizationEntity(call: RouteCall): Entity {
  const { settings } = call.context.store;
  const plans = entraPlans(settings);
  const full: Entity = {
    id: settings.tenantId,
    deletedDateTime: null,
    assignedPlans: plans,
    businessPhones: [],
    city: null,
    country: null,
    countryLetterCode: 'US',
    createdDateTime: CREATED,
    defaultUsageLocation: null,
    displayName: settings.displayName,
    onPremisesSyncEnabled: null,
    preferredLanguage: 'en',
    provisionedPlans: plans.map((p) => ({ capabilityStatus: p.capabilityStatus, provisioningStatus: 'Success', service: p.service })),
    technicalNotificationMails: [],
    tenantType: 'AAD',
    verifiedDomains: [{ capabilities: 'Email, OfficeCommunicationsOnline', isDefault: true, isInitial: true, name: settings.defaultDomain, type: 'Managed' }],
  };
  if (readsAll(call)) return full;
  return Object.fromEntries(Object.entries(full).map(([k, v]) => [k, BASIC.includes(k) ? v : null]));
}

export const organizationRoutes: RouteSpec[] = [
  { method: 'GET', pattern: '/organization', handler: (c) => listResponse(c, [organizationEntity(c)], ORGANIZATION, 'organization', (o) => o) },
  {
    method: 'GET',
    pattern: '/organization/{id}',
    handler: (c) => {
      const q = parseListQuery(c, ORGANIZATION);
      const org = organizationEntity(c);
      if (String(org.id).toLowerCase() !== c.params.id!.toLowerCase()) throw notFound(c.params.id!);
      return entityResponse(c, q.select ? `organization(${q.select.join(',')})/$entity` : 'organization/$entity', project(org, q.select));
    },
  },
];
