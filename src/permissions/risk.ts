/**
 * Permission risk tiers, one permission at a time (a grant's and an app's risk: grant-risk.ts).
 * Microsoft's own `privilegeLevel` (1–4) is the base; the lists the security community agrees on
 * (docs/risk.md, from Microsoft's consent incident-response playbook, MSIdentityTools, CISA ScubaGear and
 * others) raise or lower it. Delegated and application permissions are ranked separately: an app-only
 * permission acts on the whole tenant, with no user in the loop.
 */
export type RiskTier = 'critical' | 'high' | 'medium' | 'low';

export const RISK_ORDER: readonly RiskTier[] = ['low', 'medium', 'high', 'critical'];

export interface RiskInput {
  value: string;
  type: 'delegated' | 'application';
  privilegeLevel?: number | null;
}

export interface RiskAssessment {
  tier: RiskTier;
  /** Why, in words an admin can act on. */
  reasons: string[];
}

const lower = (values: string[]) => new Set(values.map((v) => v.toLowerCase()));

/** Each lets an app grant itself anything. */
const TAKEOVER = lower(['AppRoleAssignment.ReadWrite.All', 'RoleManagement.ReadWrite.Directory']);

const DANGEROUS = lower([
  'Application.ReadWrite.All',
  'Directory.ReadWrite.All',
  'Mail.ReadWrite',
  'Mail.Send',
  'Files.ReadWrite.All',
  'Sites.FullControl.All',
  'Group.ReadWrite.All',
  'GroupMember.ReadWrite.All',
  'User.ReadWrite.All',
  'User.ManageCreds.All',
  'Domain.ReadWrite.All',
  'ServicePrincipalEndpoint.ReadWrite.All',
  'Policy.ReadWrite.ConditionalAccess',
  'Directory.AccessAsUser.All',
  'full_access_as_app',
]);

/** Families misused in consent phishing: reading a victim's mail, files, contacts and notes. */
const PHISHING_FAMILIES = ['mail.', 'contacts.', 'mailboxsettings.', 'people.', 'files.', 'notes.'];

/** A scope of a family misused in consent phishing (Mail.*, Files.*, …). */
export const isPhishingProne = (value: string): boolean => PHISHING_FAMILIES.some((family) => value.toLowerCase().startsWith(family));

const HARMLESS = lower(['User.Read', 'User.ReadBasic.All', 'openid', 'email', 'profile', 'offline_access']);

const WRITE_ACCESS = /(readwrite|write|send|fullcontrol|manage|full_access)/i;

/** One tier up (critical stays critical). */
export function raiseTier(tier: RiskTier): RiskTier {
  return RISK_ORDER[Math.min(RISK_ORDER.length - 1, RISK_ORDER.indexOf(tier) + 1)]!;
}

function baseFromPrivilegeLevel(level: number | null | undefined): RiskTier | undefined {
  if (level === undefined || level === null) return undefined;
  if (level >= 4) return 'high';
  if (level === 3) return 'medium';
  return 'low';
}

export function assessPermission({ value, type, privilegeLevel }: RiskInput): RiskAssessment {
  const key = value.toLowerCase();
  const appOnly = type === 'application';
  const writes = WRITE_ACCESS.test(value);

  if (HARMLESS.has(key)) return { tier: 'low', reasons: ['Basic sign-in and profile access.'] };
  if (TAKEOVER.has(key)) {
    return { tier: 'critical', reasons: ['Lets the app grant itself any permission or role: full tenant takeover.'] };
  }
  if (DANGEROUS.has(key)) {
    const reasons = ['Listed as dangerous by incident-response and audit tooling.'];
    if (appOnly && writes)
      return { tier: 'critical', reasons: [...reasons, 'Application permission with write access: acts on the whole tenant without a user.'] };
    return { tier: 'high', reasons };
  }

  const phishing = isPhishingProne(key) || key === 'user_impersonation';
  if (phishing) {
    if (appOnly) return { tier: 'high', reasons: ["Reads every user's mail, files or contacts in the organization."] };
    return { tier: writes ? 'high' : 'medium', reasons: ['Commonly abused in consent phishing to read a victim’s data.'] };
  }

  const base = baseFromPrivilegeLevel(privilegeLevel);
  const reasons: string[] = [];
  let tier: RiskTier;
  if (base) {
    tier = base;
    reasons.push(`Microsoft rates its privilege level ${privilegeLevel} of 4.`);
  } else {
    tier = 'medium';
    reasons.push('Not rated by Microsoft: treated with caution.');
  }
  if (appOnly && writes) {
    tier = raiseTier(tier);
    reasons.push('Application permission with write access: acts on the whole tenant without a user.');
  }
  return { tier, reasons };
}

export const RISK_LABEL: Record<RiskTier, string> = {
  critical: 'Critical risk',
  high: 'High risk',
  medium: 'Medium risk',
  low: 'Low risk',
};
