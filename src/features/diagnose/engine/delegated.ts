/** Delegated (user) tokens: is the permission in the token, consented but not in it, or not consented? */
import { directoryRoleNames } from '../../../auth/directory-roles';
import { consentFix, consentPath } from './consent-path';
import { allowedOrOther, tokenScopes } from './verdicts';
import type { AccessTokenClaims, DiagnosisInput, Evidence, Verdict } from './types';

const has = (list: readonly string[], value: string) => list.some((v) => v.toLowerCase() === value.toLowerCase());

/** Permissions in `offered` that `list` holds, in `offered`'s order (least privileged first). */
const intersect = (offered: readonly string[], list: readonly string[]) => offered.filter((p) => has(list, p));

const LICENCE_CODES = ['MailboxNotEnabledForRESTAPI', 'MailboxNotSupportedForRESTAPI'];

export function checkDelegated(input: DiagnosisInput, token: AccessTokenClaims): Verdict {
  const api = input.api!;
  const scp = tokenScopes(token);
  const least = api.leastDelegated;

  if (api.delegated.length === 0) {
    return {
      cause: 'delegated-token-on-app-only-api',
      title: 'This API supports application permissions only',
      explanation: `${api.method} ${api.path} cannot be called on behalf of a user. A background service must call it with an app-only token and one of: ${api.application.join(', ')}.`,
      evidence: [{ label: 'scp', value: scp.join(' ') || '(none)' }],
      fix: null,
      leastPrivileged: api.leastApplication,
    };
  }

  const held = intersect(api.delegated, scp);
  if (held.length > 0) return afterPermission(input, held);

  const evidence = [
    { label: 'scp', value: scp.join(' ') || '(none)' },
    { label: 'Allowed by', value: api.delegated.join(', ') },
  ];
  const grants = input.grants;
  if (grants) {
    const consented = intersect(api.delegated, [...grants.allPrincipals, ...grants.signedInUser]);
    if (consented.length > 0) {
      return {
        cause: 'stale-token',
        title: 'Consented, but the token predates the consent',
        explanation:
          'The tenant already grants this permission to the console, but the cached access token was issued before that. Get a fresh token (skip the cache) and retry.',
        evidence: [...evidence, { label: 'Granted in tenant', value: consented.join(', ') }],
        fix: { kind: 'refresh-token', scopes: [consented[0]!] },
        leastPrivileged: least,
      };
    }
    const asApplication = intersect(api.delegated, grants.appRoles);
    if (asApplication.length > 0) {
      return {
        cause: 'granted-as-application-permission',
        title: 'Granted as an application permission, called as a user',
        explanation:
          'The app holds the application (app-only) form of this permission, which does not apply to calls made on behalf of a user. Delegated calls need the delegated permission of the same name.',
        evidence: [...evidence, { label: 'Application permissions held', value: asApplication.join(', ') }],
        fix: consentFix(input, least ? [least] : []),
        leastPrivileged: least,
      };
    }
    const byOthers = intersect(api.delegated, grants.otherUsers);
    if (byOthers.length > 0) {
      const adminOnly = least ? input.isAdminOnly?.(least) === true : false;
      return {
        cause: 'consented-by-other-users-only',
        title: 'Other users consented, you have not',
        explanation: `Some users consented to ${byOthers.join(', ')} for themselves; user consent covers only the user who gave it. ${
          adminOnly ? 'An admin must consent on behalf of the organization.' : 'Consent for yourself, or ask an admin to consent for everyone.'
        }`,
        evidence: [...evidence, { label: 'Consented by other users', value: byOthers.join(', ') }],
        fix: adminOnly ? { kind: 'admin-consent', scopes: [least!] } : { kind: 'consent', scopes: least ? [least] : [] },
        leastPrivileged: least,
      };
    }
  }

  if (least && consentPath([least], input.isAdminOnly, input.userRoles ?? []) === 'ask-an-admin') {
    return {
      cause: 'needs-admin-consent',
      title: 'Needs admin consent',
      explanation: `${least} can only be granted by an administrator (AADSTS90094 "needs admin approval"). Send an admin the consent link, or request the permission through the admin consent workflow.`,
      evidence: [...evidence, { label: 'Admin-only', value: least }],
      fix: { kind: 'admin-consent', scopes: [least] },
      leastPrivileged: least,
    };
  }
  return {
    cause: 'scope-not-consented',
    title: 'Permission not consented',
    explanation: `The token carries none of the permissions that allow this API. Ask for ${least ?? 'one of them'} — the least privileged one — with incremental consent.`,
    evidence,
    fix: consentFix(input, least ? [least] : []),
    leastPrivileged: least,
  };
}

/** The user's directory roles by name (the one role table), the token's `wids` ids as secondary text. */
export function rolesEvidence(userRoles: readonly string[]): Evidence {
  const names = directoryRoleNames(userRoles);
  return {
    label: 'Your directory roles (wids)',
    value: names.join(', ') || 'none (member only)',
    ...(userRoles.length > 0 ? { detail: userRoles.join(', ') } : {}),
  };
}

function afterPermission(input: DiagnosisInput, held: string[]): Verdict {
  const { response, requiredRoles, userRoles = [] } = input;
  const evidence = [{ label: 'Permission in token', value: held.join(', ') }];
  const lacksRole = requiredRoles && !requiredRoles.ids.some((id) => userRoles.includes(id));
  if (lacksRole && (!response || response.status === 403)) {
    return {
      cause: 'missing-role',
      title: 'You lack a directory role for this operation',
      explanation: `The console holds the permission, but on behalf of a user Graph also requires the user to hold one of these roles: ${requiredRoles.names.join(', ')}.`,
      evidence: [...evidence, rolesEvidence(userRoles)],
      fix: { kind: 'request-role', roles: [...requiredRoles.names] },
    };
  }
  // Exchange answers an unlicensed (or on-premises) mailbox with 404 MailboxNotEnabledForRESTAPI, some
  // workloads with 403: the code, not the status, tells the licence case apart.
  if (response && (response.status === 403 || response.status === 404) && response.code && LICENCE_CODES.includes(response.code)) {
    return {
      cause: 'licence-missing',
      title: 'The user has no mailbox licence',
      explanation:
        'The permission is fine, but the user has no Exchange Online mailbox (no licence, inactive or on-premises). Assign a licence that includes Exchange Online.',
      evidence: [...evidence, { label: 'Error code', value: response.code }, { label: 'Message', value: response.message ?? '' }],
      fix: null,
    };
  }
  return allowedOrOther(input, evidence);
}
