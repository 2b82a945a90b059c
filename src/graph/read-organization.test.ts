import { describe, expect, it } from 'vitest';
import { auditRetentionOf, ENTRA_PREMIUM_PLANS } from './read-organization';

const plan = (servicePlanId: string, capabilityStatus = 'Enabled') => ({ servicePlanId, capabilityStatus, service: 'AADPremiumService' });

describe('auditRetentionOf', () => {
  it('P1 or P2 enabled: 30 days', () => {
    expect(auditRetentionOf({ assignedPlans: [plan(ENTRA_PREMIUM_PLANS.p1)] })).toEqual({ days: 30, edition: 'Entra ID P1/P2' });
    expect(auditRetentionOf({ assignedPlans: [plan(ENTRA_PREMIUM_PLANS.p2.toUpperCase())] })?.days).toBe(30);
  });
  it('no premium plan, or one not Enabled: 7 days (Free)', () => {
    expect(auditRetentionOf({ assignedPlans: [] })).toEqual({ days: 7, edition: 'Entra ID Free' });
    expect(auditRetentionOf({ assignedPlans: [plan(ENTRA_PREMIUM_PLANS.p1, 'Suspended')] })?.days).toBe(7);
  });
  it('plans not returned (User.Read only reads them as null): unknown, not guessed', () => {
    expect(auditRetentionOf({ assignedPlans: null as never })).toBeUndefined();
    expect(auditRetentionOf(undefined)).toBeUndefined();
  });
});
