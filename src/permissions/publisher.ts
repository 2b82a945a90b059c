/**
 * Who publishes an app, as an admin judges it — one rule for every screen. Microsoft when one of
 * Microsoft's own tenants owns the app; your organization when your tenant owns it; verified when
 * Microsoft verified the publisher (`verifiedPublisher.verifiedPublisherId` is set); otherwise
 * unverified. Names prove nothing: anyone can call an app or its publisher "Microsoft".
 */

/** The fields of a service principal the rule reads (Graph's `servicePrincipal`). */
export interface PublisherFacts {
  appOwnerOrganizationId?: string | null;
  publisherName?: string | null;
  verifiedPublisher?: { displayName?: string | null; verifiedPublisherId?: string | null } | null;
}

export type PublisherKind = 'microsoft' | 'own-tenant' | 'verified' | 'unverified';

export interface PublisherInfo {
  kind: PublisherKind;
  /** The verified publisher's name when verified, else the name the app gives. */
  name: string;
}

/** How each kind reads on every screen; `vouched`: someone answers for the publisher. */
export const PUBLISHER_LABEL: Readonly<Record<PublisherKind, { label: string; vouched: boolean }>> = {
  microsoft: { label: 'Microsoft', vouched: true },
  'own-tenant': { label: 'Your organization', vouched: true },
  verified: { label: 'Verified publisher', vouched: true },
  unverified: { label: 'Unverified publisher', vouched: false },
};

/** Tenants Microsoft publishes its own (first-party) apps from. */
const MICROSOFT_TENANT_IDS = new Set(['f8cdef31-a31e-4b4a-93e4-5f571e91255a', '72f988bf-86f1-41af-91ab-2d7cd011db47']);

export const isFirstParty = (app: PublisherFacts): boolean => MICROSOFT_TENANT_IDS.has((app.appOwnerOrganizationId ?? '').toLowerCase());

export const isVerifiedPublisher = (app: PublisherFacts): boolean => Boolean(app.verifiedPublisher?.verifiedPublisherId);

/** `tenantId`: the signed-in account's tenant, whose own apps are "your organization". */
export function publisherOf(app: PublisherFacts, tenantId: string): PublisherInfo {
  const verified = isVerifiedPublisher(app);
  const name = (verified ? app.verifiedPublisher?.displayName : undefined) ?? app.publisherName ?? 'Unknown publisher';
  const owner = app.appOwnerOrganizationId?.toLowerCase();
  if (isFirstParty(app)) return { kind: 'microsoft', name };
  if (owner && owner === tenantId.toLowerCase()) return { kind: 'own-tenant', name };
  return { kind: verified ? 'verified' : 'unverified', name };
}
