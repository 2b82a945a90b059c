// The first "must show": a daemon token from real @azure/msal-node, and the real
// @microsoft/microsoft-graph-client PageIterator listing every service principal and every grant of a
// generated tenant of 10,000 service principals and 100,000 grants; the totals equal $count.
import { ConfidentialClientApplication } from '@azure/msal-node';
import { Client, HTTPMessageHandler, PageIterator, type Context, type Middleware, type PageCollection } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../index.ts';
import { DEMO, startEmulator } from './test-support.ts';

let emulator: Emulator;
let authorizationHeaders = 0;

beforeAll(async () => {
  emulator = await startEmulator({ generate: { servicePrincipals: 10_000, grants: 100_000, appRoleAssignments: 10_000 } });
});
afterAll(() => emulator.close());

async function daemonToken(): Promise<string> {
  const tenantId = emulator.store.tenantId;
  const metadata = await (await fetch(`${emulator.identityUrl}/${tenantId}/v2.0/.well-known/openid-configuration`)).text();
  const cloudDiscoveryMetadata = JSON.stringify({
    tenant_discovery_endpoint: `${emulator.identityUrl}/${tenantId}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [
      {
        preferred_network: 'login.microsoftonline.com',
        preferred_cache: 'login.windows.net',
        aliases: ['login.microsoftonline.com', 'login.windows.net', 'login.microsoft.com', 'sts.windows.net'],
      },
    ],
  });
  const cca = new ConfidentialClientApplication({
    auth: {
      clientId: DEMO.daemon.clientId,
      clientSecret: DEMO.daemon.clientSecret,
      authority: `https://login.microsoftonline.com/${tenantId}`,
      authorityMetadata: metadata,
      cloudDiscoveryMetadata,
    },
  });
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  if (!result?.accessToken) throw new Error('no access token');
  return result.accessToken;
}

/**
 * graph-client 3.x's own AuthenticationHandler attaches tokens only to https Graph hosts, so the chain
 * gets a middleware that always sets the bearer token (and counts that it did).
 */
class BearerMiddleware implements Middleware {
  #next: Middleware | undefined;
  constructor(private readonly token: string) {}

  async execute(context: Context): Promise<void> {
    const headers = new Headers(context.options?.headers as ConstructorParameters<typeof Headers>[0]);
    headers.set('Authorization', `Bearer ${this.token}`);
    context.options = { ...context.options, headers };
    authorizationHeaders++;
    await this.#next!.execute(context);
  }

  setNext(next: Middleware): void {
    this.#next = next;
  }
}

function graphClient(token: string): Client {
  const auth = new BearerMiddleware(token);
  auth.setNext(new HTTPMessageHandler());
  return Client.initWithMiddleware({ middleware: auth, baseUrl: `${emulator.graphUrl}/`, defaultVersion: 'v1.0' });
}

async function iterateAll(client: Client, path: string): Promise<{ ids: Set<string>; pages: number }> {
  const ids = new Set<string>();
  let pages = 1;
  const first = (await client.api(path).top(999).get()) as PageCollection;
  const iterator = new PageIterator(client, first, (item: { id: string }) => {
    ids.add(item.id);
    return true;
  });
  const before = authorizationHeaders;
  await iterator.iterate();
  pages += authorizationHeaders - before;
  return { ids, pages };
}

describe('a daemon lists a large tenant through msal-node and graph-client', () => {
  it('pages through every service principal and every grant; totals equal $count', async () => {
    const client = graphClient(await daemonToken());

    const sps = await iterateAll(client, '/servicePrincipals');
    const spCount = Number(await client.api('/servicePrincipals/$count').header('ConsistencyLevel', 'eventual').get());
    expect(sps.ids.size).toBe(emulator.store.servicePrincipals.size);
    expect(spCount).toBe(emulator.store.servicePrincipals.size);
    expect(sps.pages).toBe(Math.ceil(spCount / 999));

    const grants = await iterateAll(client, '/oauth2PermissionGrants');
    const counted = (await client.api('/oauth2PermissionGrants').header('ConsistencyLevel', 'eventual').query({ $count: 'true' }).top(1).get()) as {
      '@odata.count': number;
    };
    expect(grants.ids.size).toBe(emulator.store.grants.size);
    expect(counted['@odata.count']).toBe(emulator.store.grants.size);
    expect(grants.ids.size).toBeGreaterThanOrEqual(100_000);
    expect(authorizationHeaders).toBeGreaterThan(100);
  }, 60_000);
});
