/**
 * GET /organization: the tenant's service plans, to learn how far back the directory audit log reaches.
 * reference-reports-data-retention.md: audit logs are kept 7 days on Entra ID Free and 30 days with P1 or
 * P2; the licence shows as an Enabled service plan AAD_PREMIUM (P1) or AAD_PREMIUM_P2 in assignedPlans.
 * When assignedPlans is not returned (null: User.Read only), the reach is unknown rather than guessed.
 */
import type { Organization } from '@microsoft/microsoft-graph-types';
import type { GraphClient } from './graph-client';
import { READ_AUDIT_RETENTION } from '../provenance/operations';

export const ENTRA_PREMIUM_PLANS = { p1: '41781fb2-bc02-4b7c-bd55-b576c07bb09d', p2: 'eec0eb4f-6444-4f95-aba0-50c24d67f998' } as const;

export interface AuditRetention {
  days: 7 | 30;
  /** The edition that sets it, as the retention reference names it. */
  edition: 'Entra ID Free' | 'Entra ID P1/P2';
}

/** The retention the organization's plans give; undefined when the plans were not returned. */
export function auditRetentionOf(organization: Pick<Organization, 'assignedPlans'> | undefined): AuditRetention | undefined {
  const plans = organization?.assignedPlans;
  if (!Array.isArray(plans)) return undefined;
  const premium = new Set<string>([ENTRA_PREMIUM_PLANS.p1, ENTRA_PREMIUM_PLANS.p2]);
  const enabled = plans.some((p) => p.capabilityStatus === 'Enabled' && premium.has((p.servicePlanId ?? '').toLowerCase()));
  return enabled ? { days: 30, edition: 'Entra ID P1/P2' } : { days: 7, edition: 'Entra ID Free' };
}

export async function readAuditRetention(graph: GraphClient, signal?: AbortSignal): Promise<AuditRetention | undefined> {
  const page = await graph.request<{ value: Pick<Organization, 'assignedPlans'>[] }>('/organization?$select=id,assignedPlans', {
    scopes: READ_AUDIT_RETENTION.scopes,
    signal,
  });
  return auditRetentionOf(page.value[0]);
}
