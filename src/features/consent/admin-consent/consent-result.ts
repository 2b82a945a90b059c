/** The query string the v2 admin-consent endpoint sends back to the redirect URI. */
import { explainAadsts, explainAuthError, parseAadstsCode, type AuthErrorExplanation } from '../../../auth/aadsts';
import { splitScopes } from '../../../permissions/scopes';

export type AdminConsentResult =
  | { kind: 'granted'; tenant: string | null; scopes: string[]; state: string | null }
  | { kind: 'error'; error: string; description: string | null; explanation: AuthErrorExplanation; state: string | null }
  | { kind: 'empty' };

export function parseAdminConsentResult(search: string): AdminConsentResult {
  const q = new URLSearchParams(search);
  const state = q.get('state');
  const error = q.get('error');
  if (error) {
    const description = q.get('error_description');
    const code = parseAadstsCode(description);
    const explanation = code !== undefined ? explainAadsts(code) : explainAuthError({ errorCode: error, subError: q.get('error_subcode') ?? undefined });
    return { kind: 'error', error, description, explanation, state };
  }
  if (q.get('admin_consent')?.toLowerCase() === 'true') {
    const scopes = splitScopes(q.get('scope'));
    return { kind: 'granted', tenant: q.get('tenant'), scopes, state };
  }
  return { kind: 'empty' };
}

/** The first line of an error_description (the rest is trace and correlation ids). */
export function firstLine(description: string | null): string {
  return (description ?? '').split(/\r?\n/)[0] ?? '';
}
