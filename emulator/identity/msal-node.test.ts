// The real @azure/msal-node ConfidentialClientApplication gets an app-only Graph token for the demo
// daemon from the emulator: the real authority string, with the emulator's metadata passed inline.
import { ConfidentialClientApplication } from '@azure/msal-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../index.ts';
import { DEMO, IDS } from '../tenant/seed.ts';
import { verifyWithJwks } from '../testing/identity-client.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
});
afterAll(() => emulator.close());

async function daemonApp(secret: string = DEMO.daemon.clientSecret): Promise<ConfidentialClientApplication> {
  const authority = `https://login.microsoftonline.com/${DEMO.tenantId}`;
  const metadata = await (await fetch(`${emulator.identityUrl}/${DEMO.tenantId}/v2.0/.well-known/openid-configuration`)).text();
  const discovery = await (
    await fetch(
      `${emulator.identityUrl}/common/discovery/instance?api-version=1.1&authorization_endpoint=${encodeURIComponent(`${authority}/oauth2/v2.0/authorize`)}`,
    )
  ).text();
  return new ConfidentialClientApplication({
    auth: { clientId: DEMO.daemon.clientId, clientSecret: secret, authority, authorityMetadata: metadata, cloudDiscoveryMetadata: discovery },
  });
}

describe('msal-node client credentials', () => {
  it('acquireTokenByClientCredential → app-only Graph token whose roles are the daemon’s app role assignments', async () => {
    const app = await daemonApp();
    const result = await app.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
    expect(result?.accessToken).toBeTruthy();
    expect(result?.tokenType).toBe('Bearer');
    const claims = await verifyWithJwks(emulator, result!.accessToken);
    const expected = emulator.store.assignedAppRoles(IDS.sps.daemon, IDS.sps.graph);
    expect(expected.length).toBeGreaterThan(0);
    expect([...(claims.roles as string[])].sort()).toEqual([...expected].sort());
    expect(claims).toMatchObject({
      aud: 'https://graph.microsoft.com',
      iss: `https://sts.windows.net/${DEMO.tenantId}/`,
      tid: DEMO.tenantId,
      appid: DEMO.daemon.clientId,
      idtyp: 'app',
      oid: IDS.sps.daemon,
    });
    expect(claims.scp).toBeUndefined();

    // A second call is served from msal-node's cache.
    const again = await app.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
    expect(again?.accessToken).toBe(result?.accessToken);
  });

  it('a wrong secret surfaces as invalid_client AADSTS7000215', async () => {
    const app = await daemonApp('wrong');
    await expect(app.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] })).rejects.toMatchObject({
      errorCode: 'invalid_client',
    });
  });
});
