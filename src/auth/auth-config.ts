/**
 * MSAL settings from env. Live: a real tenant. Demo: the tenant emulator, whose endpoints are given
 * to MSAL inline (authority metadata) while the authority string stays the real https one.
 */

export type ConsoleMode = 'demo' | 'live';

export interface ConsoleEnv {
  MODE?: string;
  VITE_MODE?: string;
  VITE_EMULATOR_URL?: string;
  VITE_CLIENT_ID?: string;
  VITE_TENANT_ID?: string;
  VITE_REDIRECT_URI?: string;
  VITE_GRAPH_BASE_URL?: string;
}

export interface DemoAccount {
  upn: string;
  displayName: string;
  roles: string[];
}

export interface AuthSettings {
  mode: ConsoleMode;
  clientId: string;
  tenantId: string;
  authority: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
  /** Graph root without version, e.g. https://graph.microsoft.com */
  graphBaseUrl: string;
  authorityMetadata?: string;
  cloudDiscoveryMetadata?: string;
  /** Demo only: the emulator's identity origin and its demo accounts. */
  emulatorUrl?: string;
  demoAccounts?: DemoAccount[];
}

export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

export const LOGIN_HOST = 'login.microsoftonline.com';
export const DEFAULT_EMULATOR_URL = 'http://localhost:4010';

export function readMode(env: ConsoleEnv): ConsoleMode {
  const explicit = env.VITE_MODE?.trim().toLowerCase();
  if (explicit === 'live' || explicit === 'demo') return explicit;
  if (explicit) throw new ConfigurationError(`VITE_MODE must be "demo" or "live", not "${env.VITE_MODE}".`);
  return env.MODE === 'live' ? 'live' : 'demo';
}

/** The instance-discovery answer MSAL would otherwise fetch from the network. */
export function cloudDiscoveryMetadata(tenantId: string): string {
  return JSON.stringify({
    tenant_discovery_endpoint: `https://${LOGIN_HOST}/${tenantId}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [
      {
        preferred_network: LOGIN_HOST,
        preferred_cache: 'login.windows.net',
        aliases: [LOGIN_HOST, 'login.windows.net', 'login.microsoft.com', 'sts.windows.net'],
      },
    ],
  });
}

export function liveSettings(env: ConsoleEnv, origin: string): AuthSettings {
  const clientId = env.VITE_CLIENT_ID?.trim();
  if (!clientId) {
    throw new ConfigurationError('Live mode needs VITE_CLIENT_ID (the Application (client) ID of your SPA app registration).');
  }
  const tenantId = env.VITE_TENANT_ID?.trim() || 'organizations';
  const redirectUri = env.VITE_REDIRECT_URI?.trim() || `${origin}/`;
  return {
    mode: 'live',
    clientId,
    tenantId,
    authority: `https://${LOGIN_HOST}/${tenantId}`,
    redirectUri,
    postLogoutRedirectUri: `${origin}/`,
    graphBaseUrl: (env.VITE_GRAPH_BASE_URL?.trim() || 'https://graph.microsoft.com').replace(/\/+$/, ''),
  };
}

interface DemoInfo {
  tenantId: string;
  identityBaseUrl: string;
  graphBaseUrl: string;
  consoleClientId: string;
  accounts: DemoAccount[];
}

type FetchJson = (url: string) => Promise<unknown>;

async function defaultFetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  return response.json();
}

export async function demoSettings(env: ConsoleEnv, origin: string, fetchJson: FetchJson = defaultFetchJson): Promise<AuthSettings> {
  const emulatorUrl = (env.VITE_EMULATOR_URL?.trim() || DEFAULT_EMULATOR_URL).replace(/\/+$/, '');
  let demo: DemoInfo;
  let openIdConfiguration: unknown;
  try {
    demo = (await fetchJson(`${emulatorUrl}/_emulator/demo`)) as DemoInfo;
    const identity = demo.identityBaseUrl.replace(/\/+$/, '');
    openIdConfiguration = await fetchJson(`${identity}/${demo.tenantId}/v2.0/.well-known/openid-configuration`);
  } catch (cause) {
    throw new ConfigurationError(
      `Cannot reach the tenant emulator at ${emulatorUrl} (${cause instanceof Error ? cause.message : String(cause)}). Start it with "npm start".`,
    );
  }
  return {
    mode: 'demo',
    clientId: demo.consoleClientId,
    tenantId: demo.tenantId,
    authority: `https://${LOGIN_HOST}/${demo.tenantId}`,
    redirectUri: `${origin}/`,
    postLogoutRedirectUri: `${origin}/`,
    graphBaseUrl: demo.graphBaseUrl.replace(/\/+$/, '').replace(/\/v1\.0$/, ''),
    authorityMetadata: JSON.stringify(openIdConfiguration),
    cloudDiscoveryMetadata: cloudDiscoveryMetadata(demo.tenantId),
    emulatorUrl,
    demoAccounts: demo.accounts,
  };
}

export function loadAuthSettings(env: ConsoleEnv, origin: string, fetchJson?: FetchJson): Promise<AuthSettings> {
  return readMode(env) === 'live' ? Promise.resolve(liveSettings(env, origin)) : demoSettings(env, origin, fetchJson);
}
