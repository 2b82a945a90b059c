import type { ServicePrincipalSummary } from '../../graph/list-service-principals';

/** Tenants Microsoft's own first-party apps are owned by. */
const MICROSOFT_TENANTS = new Set(['f8cdef31-a31e-4b4a-93e4-5f571e91255a', '72f988bf-86f1-41af-91ab-2d7cd011db47']);

export type PublisherKind = 'microsoft' | 'own-tenant' | 'verified' | 'unverified';

export interface PublisherInfo {
  name: string;
  kind: PublisherKind;
}

/** Who publishes an app, as an admin judges it: Microsoft, your organization, verified, or unverified. */
export function publisherOf(app: ServicePrincipalSummary, tenantId: string): PublisherInfo {
  const owner = app.appOwnerOrganizationId?.toLowerCase();
  const verified = app.verifiedPublisher?.displayName;
  const name = verified ?? app.publisherName ?? 'Unknown publisher';
  if (owner && MICROSOFT_TENANTS.has(owner)) return { name, kind: 'microsoft' };
  if (owner && owner === tenantId.toLowerCase()) return { name, kind: 'own-tenant' };
  return { name, kind: verified ? 'verified' : 'unverified' };
}
