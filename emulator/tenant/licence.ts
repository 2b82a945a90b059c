// What the tenant's Microsoft Entra ID edition decides in the emulator: how far back the audit log reaches
// (reference-reports-data-retention.md: audit logs "Seven days" on Free, "30 days" on P1 and P2) and whether
// the premium reports answer at all (the service principal sign-in activity report needs P1 or P2), and which
// Entra ID service plans the organization object lists (licensing-service-plan-reference.md: AAD_PREMIUM for
// P1, AAD_PREMIUM_P2 besides it for P2; a Free tenant has neither).
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

/** An organization's assignedPlan (resources/assignedplan.md). */
export interface AssignedPlan {
  assignedDateTime: string;
  capabilityStatus: 'Enabled' | 'Warning' | 'Suspended' | 'Deleted' | 'LockedOut';
  service: string;
  servicePlanId: string;
}

export const SERVICE_PLAN = { aadPremium: '41781fb2-bc02-4b7c-bd55-b576c07bb09d', aadPremiumP2: 'eec0eb4f-6444-4f95-aba0-50c24d67f998' } as const;

/** When the emulated tenant's plans were assigned: a fixed instant, so responses are deterministic. */
const PLANS_ASSIGNED = '2024-01-15T09:00:00Z';

/** The Entra ID premium service plans the licence brings (Free: none). */
export function entraPlans(settings: TenantSettings): AssignedPlan[] {
  const licence = licenceOf(settings);
  const plan = (servicePlanId: string): AssignedPlan => ({
    assignedDateTime: PLANS_ASSIGNED,
    capabilityStatus: 'Enabled',
    service: 'AADPremiumService',
    servicePlanId,
  });
  if (licence === 'Free') return [];
  return licence === 'P1' ? [plan(SERVICE_PLAN.aadPremium)] : [plan(SERVICE_PLAN.aadPremium), plan(SERVICE_PLAN.aadPremiumP2)];
}
