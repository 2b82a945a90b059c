/**
 * Consent links an admin can send or open: the v2 admin-consent endpoint, the v2 authorize endpoint with
 * prompt=consent, and the v1 form with prompt=admin_consent. Pure: validation and URL building only.
 */
import { isGuid } from '../../../graph/ids';

export interface ConsentUrlInput {
  /** e.g. https://login.microsoftonline.com (no trailing slash needed) */
  authorityHost: string;
  clientId: string;
  /** Tenant id (GUID), a verified domain, `organizations` or `common`. */
  tenant: string;
  /** Space- or comma-separated scopes; short Graph names, full URIs, or `{resource}/.default`. */
  scopes: string;
  redirectUri: string;
  state?: string;
}

export interface ConsentUrls {
  adminConsentV2: string;
  authorizeWithConsentPrompt: string;
  adminConsentV1: string;
}

export type Problems = Partial<Record<keyof ConsentUrlInput, string>>;

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const GRAPH = 'https://graph.microsoft.com';

export function splitScopeInput(scopes: string): string[] {
  return scopes.split(/[\s,]+/).filter(Boolean);
}

/** Graph short names (`Mail.Read`, `.default`) become full URIs; other resources' scopes stay as written. */
export function qualifyScope(scope: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(scope) || /^[0-9a-f-]{36}\//i.test(scope) || scope.includes('://')) return scope;
  if (['openid', 'profile', 'email', 'offline_access'].includes(scope.toLowerCase())) return scope;
  if (scope === '.default' || scope === '/.default') return `${GRAPH}/.default`;
  return `${GRAPH}/${scope}`;
}

/**
 * The `.default` scope of a resource identified by `resource`. An identifier URI that ends with a slash
 * keeps it, which gives a double slash: https://database.windows.net/ → https://database.windows.net//.default.
 */
export function defaultScopeFor(resource: string): string {
  return `${resource}/.default`;
}

export function validateConsentInput(input: ConsentUrlInput): Problems {
  const problems: Problems = {};
  if (!isGuid(input.clientId)) problems.clientId = 'The client id is the application (client) id: a GUID such as 00000000-0000-0000-0000-000000000000.';
  const tenant = input.tenant.trim().toLowerCase();
  if (!tenant) problems.tenant = 'Enter a tenant id, a verified domain, or "organizations".';
  else if (!isGuid(tenant) && !DOMAIN.test(tenant) && tenant !== 'organizations' && tenant !== 'common') {
    problems.tenant = 'Use a tenant id (GUID), a domain such as contoso.onmicrosoft.com, "organizations" or "common".';
  }
  const scopes = splitScopeInput(input.scopes);
  if (scopes.length === 0) problems.scopes = 'Enter at least one scope, or ".default" for the permissions the app registered.';
  else if (scopes.some((s) => s.endsWith('/.default')) && scopes.length > 1) {
    problems.scopes = '".default" stands for all the permissions the app registered on that resource: do not combine it with other scopes.';
  }
  try {
    const url = new URL(input.redirectUri);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname))) {
      problems.redirectUri = 'Redirect URIs must use https (http is allowed only for localhost).';
    }
  } catch {
    problems.redirectUri = 'Enter the full redirect URI registered for the app, e.g. https://app.contoso.com/auth.';
  }
  return problems;
}

/**
 * Resources whose identifier URI ends with a slash, so that their `.default` scope has a double slash
 * (Microsoft identity platform, "Scopes and permissions": trailing slash and .default).
 */
const SLASH_ENDING_RESOURCES: Readonly<Record<string, string>> = {
  'https://database.windows.net/': 'Azure SQL Database',
  'https://management.azure.com/': 'Azure Resource Manager',
  'https://management.core.windows.net/': 'Azure Service Management',
};

/** `{resource}/.default` scopes written with one slash for a resource whose identifier URI ends with one. */
export function singleSlashDefaultScopes(scopes: string): { scope: string; resource: string; name: string }[] {
  return splitScopeInput(scopes).flatMap((scope) => {
    const match = /^(.*[^/])\/\.default$/i.exec(scope);
    const resource = match ? `${match[1]!.toLowerCase()}/` : undefined;
    const name = resource ? SLASH_ENDING_RESOURCES[resource] : undefined;
    return resource && name ? [{ scope, resource, name }] : [];
  });
}

/** Not wrong, but worth knowing before sending the link. */
export function consentInputWarnings(input: Pick<ConsentUrlInput, 'tenant' | 'scopes'>): string[] {
  const warnings: string[] = [];
  if (input.tenant.trim().toLowerCase() === 'common') {
    warnings.push(
      '"common" also admits personal Microsoft accounts, which cannot grant admin consent: the admin-consent links work best with the tenant id, a verified domain or "organizations".',
    );
  }
  for (const { scope, resource, name } of singleSlashDefaultScopes(input.scopes)) {
    warnings.push(
      `${name}'s identifier URI ends with a slash (${resource}), so its .default scope keeps that slash: ${defaultScopeFor(resource)}, with two slashes. ` +
        `${scope} has one: it may name no resource (AADSTS500011) or get a token the API rejects.`,
    );
  }
  return warnings;
}

function url(base: string, path: string, params: [string, string | undefined][]): string {
  const target = new URL(`${base.replace(/\/+$/, '')}/${path}`);
  for (const [key, value] of params) if (value) target.searchParams.set(key, value);
  return target.toString();
}

export function buildConsentUrls(input: ConsentUrlInput): ConsentUrls {
  const tenant = encodeURIComponent(input.tenant.trim());
  const clientId = input.clientId.trim().toLowerCase();
  const scopes = splitScopeInput(input.scopes);
  const qualified = scopes.map(qualifyScope).join(' ');
  const state = input.state?.trim() || undefined;
  return {
    adminConsentV2: url(input.authorityHost, `${tenant}/v2.0/adminconsent`, [
      ['client_id', clientId],
      ['scope', qualified],
      ['redirect_uri', input.redirectUri],
      ['state', state],
    ]),
    authorizeWithConsentPrompt: url(input.authorityHost, `${tenant}/oauth2/v2.0/authorize`, [
      ['client_id', clientId],
      ['response_type', 'code'],
      ['redirect_uri', input.redirectUri],
      ['response_mode', 'query'],
      ['scope', qualified],
      ['state', state],
      ['prompt', 'consent'],
    ]),
    adminConsentV1: url(input.authorityHost, `${tenant}/oauth2/authorize`, [
      ['client_id', clientId],
      ['response_type', 'code'],
      ['redirect_uri', input.redirectUri],
      ['state', state],
      ['prompt', 'admin_consent'],
    ]),
  };
}
