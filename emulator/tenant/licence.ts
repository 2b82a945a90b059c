// What the tenant's Microsoft Entra ID edition decides in the emulator: how far back the audit log reaches
// (reference-reports-data-retention.md: audit logs "Seven days" on Free, "30 days" on P1 and P2) and whether
// the premium reports answer at all (the service principal sign-in activity report needs P1 or P2).
import type { AuditEvent, Licence, TenantSettings } from './types.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export function licenceOf(settings: TenantSettings): Licence {
  return settings.licence ?? 'Free';
}

export function hasPremium(settings: TenantSettings): boolean {
  return licenceOf(settings) !== 'Free';
}

export function auditRetentionDays(settings: TenantSettings): number {
  return hasPremium(settings) ? 30 : 7;
}

/** The events the log still returns: none older than the retention. */
export function retainedAudit(settings: TenantSettings, audit: readonly AuditEvent[], now = Date.now()): AuditEvent[] {
  const oldest = now - auditRetentionDays(settings) * DAY_MS;
  return audit.filter((e) => Date.parse(e.activityDateTime) >= oldest);
}
