/**
 * Who may consent to what, as Microsoft Entra decides it: the user-consent setting in words (from the
 * permission grant policies assigned to the default user role), each condition set of a permission
 * grant policy in sentences, and "can this user consent?" — per delegated permission, whether the user
 * may consent or needs an administrator, and which policy and condition decides. Pure functions over
 * Graph objects, from Microsoft's docs: entra-docs configure-user-consent.md (the built-in settings),
 * manage-app-consent-policies.md (a policy allows an event that matches at least one include and no
 * exclude; each assigned policy is evaluated on its own and one allowing is enough), and
 * permissiongrantconditionset.md (all conditions of a set must match; `all`/`any` match anything).
 */
import type { AuthorizationPolicySnapshot, ClassificationSnapshot, ConditionSet, GrantPolicy } from '../graph/consent-policies';
import type { PermissionScopeInfo } from './inventory';
import { isolate } from './names';
import type { PublisherFacts } from './publisher';

const SELF = 'managepermissiongrantsforself.';

/** The built-in user-consent policies the portal offers (configure-user-consent.md). */
export const BUILT_IN_USER_CONSENT = {
  low: 'microsoft-user-default-low',
  legacy: 'microsoft-user-default-legacy',
  recommended: 'microsoft-user-default-recommended',
} as const;

export type UserConsentKind = 'none' | 'low' | 'legacy' | 'recommended' | 'custom';

export interface UserConsentSetting {
  kind: UserConsentKind;
  /** The permission grant policy ids assigned for user consent (ManagePermissionGrantsForSelf.{id}). */
  policyIds: string[];
  /** The setting as the portal names it. */
  title: string;
  /** What it lets users do, in one sentence. */
  meaning: string;
}

const SETTING_WORDS: Readonly<Record<UserConsentKind, { title: string; meaning: string }>> = {
  none: { title: 'Do not allow user consent', meaning: 'Users cannot consent to any app: every consent needs an administrator.' },
  low: {
    title: 'Allow user consent for apps from verified publishers, for selected permissions',
    meaning: 'Users may consent only to permissions classified as low impact, for apps from verified publishers and apps registered in your organization.',
  },
  legacy: { title: 'Allow user consent for apps', meaning: 'Users may consent to any permission that does not need admin consent, for any app.' },
  recommended: {
    title: 'Let Microsoft manage your consent settings',
    meaning: "Users may consent as Microsoft's current recommendation allows (a Microsoft-managed policy whose conditions Microsoft updates).",
  },
  custom: { title: 'Custom consent policies', meaning: 'Users may consent to what the assigned custom policies allow.' },
};

/** The policy ids an assignment list gives user consent (case as assigned). */
export function userConsentPolicyIds(assigned: readonly string[]): string[] {
  return assigned.filter((a) => a.toLowerCase().startsWith(SELF)).map((a) => a.slice(SELF.length));
}

export function userConsentSetting(policy: Pick<AuthorizationPolicySnapshot, 'permissionGrantPoliciesAssigned'>): UserConsentSetting {
  const policyIds = userConsentPolicyIds(policy.permissionGrantPoliciesAssigned);
  const only = policyIds.length === 1 ? policyIds[0]!.toLowerCase() : undefined;
  const builtIn = (Object.keys(BUILT_IN_USER_CONSENT) as (keyof typeof BUILT_IN_USER_CONSENT)[]).find((k) => BUILT_IN_USER_CONSENT[k] === only);
  const kind: UserConsentKind = policyIds.length === 0 ? 'none' : (builtIn ?? 'custom');
  return { kind, policyIds, ...SETTING_WORDS[kind] };
}

/** The setting an assignment list makes, in a few words (custom policies by id). */
export function settingLabel(assigned: readonly string[]): string {
  const setting = userConsentSetting({ permissionGrantPoliciesAssigned: [...assigned] });
  return setting.kind === 'custom' ? `${setting.title} (${setting.policyIds.map(isolate).join(', ')})` : setting.title;
}

/**
 * The assignment list that gives user consent to exactly `policyId` (none: no user consent), keeping the
 * other entries (ManagePermissionGrantsForOwnedResource.*), as configure-user-consent.md requires.
 */
export function assignmentWith(current: readonly string[], policyId: string | null): string[] {
  const others = current.filter((a) => !a.toLowerCase().startsWith(SELF));
  return policyId ? [`ManagePermissionGrantsForSelf.${policyId}`, ...others] : others;
}

/** How condition sentences name apps, permissions and tenants (the inventory and catalogue know them). */
export interface PolicyNames {
  /** An app's or API's display name by appId. */
  app(appId: string): string | undefined;
  /** A permission's value by id, on the API the condition names (or any API when it names none). */
  permission(permissionId: string, resourceAppId: string | undefined): string | undefined;
  /** The signed-in organization's tenant id. */
  tenantId: string;
}

const isAll = (list: readonly string[] | null | undefined) => !list || list.length === 0 || list.some((v) => v.toLowerCase() === 'all');
const isAny = (value: string | null | undefined) => !value || value.toLowerCase() === 'any';
const listed = (list: readonly string[] | null | undefined, value: string | null | undefined) =>
  Boolean(value) && (list ?? []).some((v) => v.toLowerCase() === value!.toLowerCase());
const named = (name: string | undefined, id: string) => (name ? `${isolate(name)} (${id})` : id);

const TYPE_WORDS: Readonly<Record<string, string>> = {
  delegated: 'Delegated permissions',
  delegatedUserConsentable: 'Delegated permissions that do not need admin consent',
  application: 'Application permissions',
};

/** One condition set, one sentence per condition that narrows it. */
export function describeConditionSet(set: ConditionSet, names: PolicyNames): string[] {
  const resource = isAny(set.resourceApplication) ? undefined : set.resourceApplication!;
  const lines = [
    `${TYPE_WORDS[set.permissionType ?? ''] ?? `Permissions of type ${set.permissionType ?? 'any'}`}${resource ? ` of ${named(names.app(resource), resource)}` : ' of any API'}.`,
  ];
  if (set.permissionClassification && set.permissionClassification !== 'all')
    lines.push(`Only permissions classified as ${set.permissionClassification} impact.`);
  if (!isAll(set.permissions)) lines.push(`Only these permissions: ${set.permissions!.map((id) => named(names.permission(id, resource), id)).join(', ')}.`);
  if (!isAll(set.clientApplicationIds)) lines.push(`Only for these apps: ${set.clientApplicationIds!.map((id) => named(names.app(id), id)).join(', ')}.`);
  if (set.clientApplicationsFromVerifiedPublisherOnly) lines.push('Only apps from a verified publisher.');
  if (!isAll(set.clientApplicationTenantIds)) {
    const tenants = set.clientApplicationTenantIds!.map((id) => (id.toLowerCase() === names.tenantId.toLowerCase() ? `your organization (${id})` : id));
    lines.push(`Only apps registered in: ${tenants.join(', ')}.`);
  }
  if (!isAll(set.clientApplicationPublisherIds))
    lines.push(`Only apps of these verified publishers (partner ids): ${set.clientApplicationPublisherIds!.join(', ')}.`);
  if (lines.length === 1) lines.push('Any app, any permission.');
  return lines;
}

/** The client app the evaluation is about: its service principal when the tenant has one, else only its app id. */
export interface ClientFacts extends PublisherFacts {
  appId: string;
  displayName?: string;
}

/** One delegated permission asked of an API. */
export interface PermissionAsked {
  resourceAppId: string;
  scope: PermissionScopeInfo;
  /** The permission's classification on its API (delegatedPermissionClassifications), if any. */
  classification?: string;
}

/** Why one condition of a set did not match, in words. */
type Miss = string;

function misses(set: ConditionSet, client: ClientFacts, asked: PermissionAsked): Miss[] {
  const out: Miss[] = [];
  const type = set.permissionType;
  if (type === 'application') out.push('it covers application permissions, not delegated ones');
  if (type === 'delegatedUserConsentable' && asked.scope.type === 'Admin') out.push('it covers only permissions that need no admin consent');
  if (!isAny(set.resourceApplication) && set.resourceApplication!.toLowerCase() !== asked.resourceAppId.toLowerCase()) out.push('it is about another API');
  if (!isAll(set.permissions) && !listed(set.permissions, asked.scope.id)) out.push('it names other permissions');
  const wanted = set.permissionClassification;
  if (wanted && wanted !== 'all' && asked.classification !== wanted) {
    out.push(
      asked.classification ? `the permission is classified ${asked.classification}, not ${wanted}` : `the permission is not classified ${wanted} impact`,
    );
  }
  if (!isAll(set.clientApplicationIds) && !listed(set.clientApplicationIds, client.appId)) out.push('it names other apps');
  if (set.clientApplicationsFromVerifiedPublisherOnly && !client.verifiedPublisher?.verifiedPublisherId) out.push("the app's publisher is not verified");
  if (!isAll(set.clientApplicationTenantIds) && !listed(set.clientApplicationTenantIds, client.appOwnerOrganizationId)) {
    out.push(client.appOwnerOrganizationId ? 'the app is registered in another tenant' : 'the tenant the app is registered in is unknown');
  }
  if (!isAll(set.clientApplicationPublisherIds) && !listed(set.clientApplicationPublisherIds, client.verifiedPublisher?.verifiedPublisherId)) {
    out.push("the app's verified publisher is not one it names");
  }
  return out;
}

export const conditionSetMatches = (set: ConditionSet, client: ClientFacts, asked: PermissionAsked) => misses(set, client, asked).length === 0;

export type VerdictReason = 'admin-role' | 'admin-only' | 'no-user-consent' | 'include-matched' | 'exclude-matched' | 'no-include-matched' | 'policy-unknown';

export interface ScopeVerdict {
  scope: string;
  canConsent: boolean;
  reason: VerdictReason;
  /** The deciding policy and condition set, when one decides. */
  policyId?: string;
  conditionId?: string;
  /** The decision in one or two sentences. */
  explanation: string;
}

export interface ConsentQuestion {
  assigned: readonly string[];
  policies: readonly GrantPolicy[];
  client: ClientFacts;
  asked: readonly PermissionAsked[];
  /** Whether the user holds a directory role that may consent to any permission (directory-roles.ts). */
  userIsConsentAdmin: boolean;
}

/** What AADSTS90094 and 65001 mean for a permission the user may not consent to (shared text: Diagnose may show it too). */
export const NEEDS_ADMIN_TEXT =
  'The user would see "Need admin approval" (AADSTS90094; asked without a consent page, the app gets consent_required, AADSTS65001): an administrator must grant it, or the user can request approval where the admin consent workflow is on.';

function verdictFor(q: ConsentQuestion, asked: PermissionAsked): ScopeVerdict {
  const scope = asked.scope.value ?? asked.scope.id;
  const base = { scope };
  if (q.userIsConsentAdmin) {
    return {
      ...base,
      canConsent: true,
      reason: 'admin-role',
      explanation: 'The user holds an administrator role that may consent to any delegated permission.',
    };
  }
  if (asked.scope.type === 'Admin') {
    return {
      ...base,
      canConsent: false,
      reason: 'admin-only',
      explanation: `The API marks ${isolate(scope)} as needing admin consent: no user-consent policy lets a user grant it. ${NEEDS_ADMIN_TEXT}`,
    };
  }
  const ids = userConsentPolicyIds(q.assigned);
  if (ids.length === 0) {
    return {
      ...base,
      canConsent: false,
      reason: 'no-user-consent',
      explanation: `User consent is turned off (no policy is assigned to the default user role). ${NEEDS_ADMIN_TEXT}`,
    };
  }
  let refusal: ScopeVerdict | undefined;
  for (const id of ids) {
    const policy = q.policies.find((p) => p.id.toLowerCase() === id.toLowerCase());
    if (!policy) {
      refusal ??= {
        ...base,
        canConsent: false,
        reason: 'policy-unknown',
        policyId: id,
        explanation: `The assigned policy ${id} was not found. ${NEEDS_ADMIN_TEXT}`,
      };
      continue;
    }
    const include = policy.includes.find((s) => conditionSetMatches(s, q.client, asked));
    if (!include) {
      if (!refusal || refusal.reason === 'policy-unknown') {
        const nearest = policy.includes.map((s) => ({ s, m: misses(s, q.client, asked) })).sort((a, b) => a.m.length - b.m.length)[0];
        refusal = {
          ...base,
          canConsent: false,
          reason: 'no-include-matched',
          policyId: policy.id,
          conditionId: nearest?.s.id,
          explanation: `No include condition of ${isolate(policy.displayName)} matches${nearest ? `: ${nearest.m.join('; ')}` : ' (it has none)'}. ${NEEDS_ADMIN_TEXT}`,
        };
      }
      continue;
    }
    const exclude = policy.excludes.find((s) => conditionSetMatches(s, q.client, asked));
    if (exclude) {
      refusal = {
        ...base,
        canConsent: false,
        reason: 'exclude-matched',
        policyId: policy.id,
        conditionId: exclude.id,
        explanation: `An include condition of ${isolate(policy.displayName)} matches, but one of its exclude conditions matches too. ${NEEDS_ADMIN_TEXT}`,
      };
      continue;
    }
    return {
      ...base,
      canConsent: true,
      reason: 'include-matched',
      policyId: policy.id,
      conditionId: include.id,
      explanation: `${isolate(policy.displayName)} allows it: an include condition matches and no exclude condition does.`,
    };
  }
  return refusal!;
}

/** Per permission asked: may the user consent, and what decides. */
export const evaluateConsent = (q: ConsentQuestion): ScopeVerdict[] => q.asked.map((asked) => verdictFor(q, asked));

/** The classification of each permission of one API, by permission id. */
export const classificationIndex = (list: readonly ClassificationSnapshot[]) => new Map(list.map((c) => [c.permissionId.toLowerCase(), c]));

/** Only delegated permissions that need no admin consent can be classified (configure-permission-classifications.md). */
export const isClassifiable = (scope: PermissionScopeInfo) => scope.type !== 'Admin';
