import { splitScopes } from '../../../permissions/scopes';
import type { AccessTokenClaims, DiagnosisInput, Verdict } from './types';

export function tokenScopes(token: AccessTokenClaims): string[] {
  return splitScopes(token.scp);
}

export function isAppOnlyToken(token: AccessTokenClaims): boolean {
  if (token.idtyp) return token.idtyp === 'app';
  return !token.scp && Array.isArray(token.roles);
}

/** The token holds a permission that allows the call: anything left is not about consent. */
export function allowedOrOther(input: DiagnosisInput, evidence: Verdict['evidence']): Verdict {
  const { response } = input;
  if (response && response.status >= 400) {
    return {
      cause: 'not-authorization',
      title: 'Not an authorization problem',
      explanation:
        response.status === 403
          ? 'The token carries a permission that allows this API, so Graph refused for another reason: the object may be protected, or the operation may need more than a permission.'
          : `The token carries the right permission; Graph answered ${response.status}${response.code ? ` (${response.code})` : ''} for another reason.`,
      evidence: [...evidence, { label: 'Response', value: `${response.status} ${response.message ?? ''}`.trim() }],
      fix: null,
    };
  }
  return {
    cause: 'allowed',
    title: response && response.status < 400 ? 'The call succeeded' : 'The token allows this call',
    explanation: 'The token is valid for Microsoft Graph and carries a permission that allows this API.',
    evidence,
    fix: null,
  };
}
