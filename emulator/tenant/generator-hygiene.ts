// The access-review data of a generated tenant, in deterministic shares (GENERATED_HYGIENE): apps registered
// in this tenant with application objects holding secrets and certificates (some expired, some expiring
// within 30 days, most fine), ownerless apps, sign-in activity for most apps with a share idle for over 90
// days — half of those holding an obviously high-risk permission (Mail.ReadWrite) — and the audit events
// ("Add delegated permission grant", "Consent to application") of the grants made within the audit
// retention; the older grants get none, and no per-grant strings. Its own random stream, so the tenant's
// apps, grants and assignments stay what the same seed gave before.
import { consentEvent, grantChangeEvent } from './audit-events.ts';
import { daysAgo } from './seed-builders.ts';
import type { AuditEvent, KeyCredential, OAuth2PermissionGrant, PasswordCredential, ServicePrincipal, User } from './types.ts';

export const GENERATED_HYGIENE = {
  /** Apps registered in this tenant (an application object with credentials). */
  registered: 0.2,
  /** Of their credentials: expired, and expiring within 30 days (the rest valid beyond). */
  expired: 0.1,
  expiring: 0.1,
  /** Apps with no owner. */
  ownerless: 0.25,
  /** Apps with sign-in activity; of those, idle for over 90 days; of those, holding Mail.ReadWrite. */
  signedIn: 0.85,
  idle: 0.2,
  idleHighRisk: 0.5,
  /** Grants made within the audit retention (they have their consent events), at most `auditedMax`. */
  audited: 0.03,
  auditedMax: 5000,
  /** Audited grants are at most this many days old (inside the P1/P2 retention of 30 days). */
  auditedWithinDays: 29,
} as const;

export const HIGH_RISK_SCOPE = 'Mail.ReadWrite';

interface Draw {
  next: () => number;
  guid: () => string;
}

function credentialEnd(draw: Draw, now: number): string {
  const r = draw.next();
  if (r < GENERATED_HYGIENE.expired) return daysAgo(now, 1 + Math.floor(draw.next() * 200));
  if (r < GENERATED_HYGIENE.expired + GENERATED_HYGIENE.expiring) return daysAgo(now, -(1 + Math.floor(draw.next() * 29)));
  return daysAgo(now, -(60 + Math.floor(draw.next() * 640)));
}

function secret(draw: Draw, now: number): PasswordCredential {
  return { keyId: draw.guid(), displayName: 'Client secret', hint: 'gen', startDateTime: daysAgo(now, 400), endDateTime: credentialEnd(draw, now) };
}

function certificate(draw: Draw, now: number): KeyCredential {
  const keyId = draw.guid();
  const thumbprint = keyId.replace(/-/g, '').padEnd(40, '0').slice(0, 40).toUpperCase();
  return {
    keyId,
    displayName: 'CN=generated',
    startDateTime: daysAgo(now, 400),
    endDateTime: credentialEnd(draw, now),
    customKeyIdentifier: thumbprint,
    usage: 'Verify',
  };
}

/** Owners, registration, credentials and sign-ins for each generated app; returns the ids of the idle high-risk ones. */
export function addAppHygiene(sps: ServicePrincipal[], users: readonly User[], tenantId: string, now: number, draw: Draw): Set<string> {
  const idleHighRisk = new Set<string>();
  for (const sp of sps) {
    const ownerIds: string[] = [];
    if (draw.next() >= GENERATED_HYGIENE.ownerless) {
      const count = draw.next() < 0.7 ? 1 : 2;
      for (let k = 0; k < count; k++) ownerIds.push(users[Math.floor(draw.next() * users.length)]!.id);
    }
    sp.ownerIds = ownerIds;
    if (draw.next() < GENERATED_HYGIENE.registered) {
      sp.appOwnerOrganizationId = tenantId;
      sp.registration = {
        spaRedirectUris: [],
        webRedirectUris: [],
        clientSecrets: [],
        requiredResourceAccess: [],
        application: {
          id: draw.guid(),
          createdDateTime: sp.createdDateTime,
          ownerIds,
          passwordCredentials: [secret(draw, now)],
          keyCredentials: draw.next() < 0.4 ? [certificate(draw, now)] : [],
        },
      };
    }
    if (draw.next() < GENERATED_HYGIENE.signedIn) {
      const idle = draw.next() < GENERATED_HYGIENE.idle;
      const days = idle ? 91 + Math.floor(draw.next() * 300) : Math.floor(draw.next() * 60);
      sp.signIns = { delegatedClient: daysAgo(now, days) };
      if (idle && draw.next() < GENERATED_HYGIENE.idleHighRisk) idleHighRisk.add(sp.id);
    }
  }
  return idleHighRisk;
}

/**
 * The consent events of a share of the generated grants, dated within the retention, oldest first: the
 * grant's user consented for themselves; an AllPrincipals grant was an admin's consent for the organization.
 */
export function grantAudits(
  grants: readonly OAuth2PermissionGrant[],
  clients: ReadonlyMap<string, ServicePrincipal>,
  usersById: ReadonlyMap<string, User>,
  admin: User,
  now: number,
  next: () => number,
): AuditEvent[] {
  const events: AuditEvent[] = [];
  let audited = 0;
  for (const g of grants) {
    if (next() >= GENERATED_HYGIENE.audited || audited >= GENERATED_HYGIENE.auditedMax) continue;
    const client = clients.get(g.clientId);
    const user = g.principalId ? usersById.get(g.principalId) : admin;
    if (!client || !user) continue;
    audited++;
    const at = new Date(now - next() * GENERATED_HYGIENE.auditedWithinDays * 86_400_000).toISOString();
    const actor = { user };
    const correlationId = `00000000-0000-4000-8000-${audited.toString(16).padStart(12, '0')}`;
    events.push(
      grantChangeEvent('Add delegated permission grant', 'Add', g, client.displayName, { old: null, new: g.scope }, actor, {
        id: `Directory_gen_${g.id}_grant`,
        correlationId,
        at,
      }),
    );
    events.push(
      consentEvent(
        client,
        actor,
        { onBehalfOfAll: g.consentType === 'AllPrincipals', changes: [{ before: null, after: g }] },
        { id: `Directory_gen_${g.id}`, correlationId, at },
      ),
    );
  }
  return events.sort((a, b) => a.activityDateTime.localeCompare(b.activityDateTime));
}
