// OpenID Connect discovery, the JWKS and instance discovery — the documents MSAL reads (or is handed
// inline as authorityMetadata / cloudDiscoveryMetadata) before it talks to the tenant.
import type { EmulatorContext } from '../context.ts';
import type { RequestContext, Router } from '../http/router.ts';
import { sendJson } from '../http/respond.ts';
import { resolveTenant } from './tenant-path.ts';

const TENANT_PLACEHOLDER = '{tenantid}';

export function openIdConfiguration(context: EmulatorContext, tenantSegment: string) {
  const ref = resolveTenant(context.store, tenantSegment);
  const base = `${context.identityUrl}/${ref.multiTenant ? ref.segment : ref.tenantId}`;
  const issuerTenant = ref.multiTenant ? TENANT_PLACEHOLDER : ref.tenantId;
  const graphHost = new URL(context.graphUrl || 'http://localhost').host;
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `https://login.microsoftonline.com/${issuerTenant}/v2.0`,
    request_uri_parameter_supported: false,
    userinfo_endpoint: `${context.graphUrl}/oidc/userinfo`,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: [
      'sub',
      'iss',
      'cloud_instance_name',
      'cloud_instance_host_name',
      'cloud_graph_host_name',
      'msgraph_host',
      'aud',
      'exp',
      'iat',
      'auth_time',
      'acr',
      'nonce',
      'preferred_username',
      'name',
      'tid',
      'ver',
      'at_hash',
      'c_hash',
      'email',
    ],
    kerberos_endpoint: `${base}/kerberos`,
    tenant_region_scope: 'EU',
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: graphHost,
    rbac_url: 'https://pas.windows.net',
  };
}

/** The instance-discovery answer; the aliases include the emulator's own host so either name resolves. */
export function instanceDiscovery(context: EmulatorContext, authorizationEndpoint: string | null) {
  const segment = tenantFromAuthorizeEndpoint(authorizationEndpoint) ?? 'common';
  resolveTenant(context.store, segment);
  const emulatorHost = new URL(context.identityUrl).host;
  return {
    tenant_discovery_endpoint: `${context.identityUrl}/${segment}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [
      {
        preferred_network: 'login.microsoftonline.com',
        preferred_cache: 'login.windows.net',
        aliases: ['login.microsoftonline.com', 'login.windows.net', 'login.microsoft.com', 'sts.windows.net', emulatorHost],
      },
    ],
  };
}

function tenantFromAuthorizeEndpoint(endpoint: string | null): string | undefined {
  if (!endpoint) return undefined;
  try {
    return new URL(endpoint).pathname.split('/').filter(Boolean)[0];
  } catch {
    return undefined;
  }
}

export function discoveryRoutes(router: Router, context: EmulatorContext): void {
  router.get('/:tenant/v2.0/.well-known/openid-configuration', ({ res, params }: RequestContext) =>
    sendJson(res, 200, openIdConfiguration(context, params.tenant ?? '')),
  );
  router.get('/:tenant/discovery/v2.0/keys', ({ res, params }: RequestContext) => {
    resolveTenant(context.store, params.tenant ?? '');
    sendJson(res, 200, context.keys.jwks);
  });
  router.get('/common/discovery/instance', ({ res, url }: RequestContext) =>
    sendJson(res, 200, instanceDiscovery(context, url.searchParams.get('authorization_endpoint'))),
  );
}
