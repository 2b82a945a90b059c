/// <reference types="node" />
// What the emulator's browser test needs around it: the MSAL test page bundled with esbuild, a static
// server for it on a free port, and an emulator that registers that page as a redirect URI.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { createEmulator, DEMO, type Emulator } from '../../emulator/index.ts';

export interface Harness {
  pageUrl: string;
  emulator: Emulator;
  close(): Promise<void>;
}

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./msal-app/main.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output');
  return file.text;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

export async function startHarness(): Promise<Harness> {
  const script = await bundle();
  let config = '{}';
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/app.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    if (path === '/config.json') return void res.writeHead(200, { 'content-type': 'application/json' }).end(config);
    if (path !== '/') return void res.writeHead(404).end();
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<!doctype html><html lang="en"><head><title>MSAL test</title><script type="module" src="/app.js"></script></head><body>loading</body></html>');
  });
  const pageUrl = `http://localhost:${await listen(server)}/`;
  const emulator = await createEmulator({ port: 0, redirectUris: [pageUrl] });
  const authority = `https://login.microsoftonline.com/${DEMO.tenantId}`;
  const text = (path: string) => fetch(`${emulator.identityUrl}${path}`).then((r) => r.text());
  config = JSON.stringify({
    clientId: DEMO.consoleClientId,
    tenantId: DEMO.tenantId,
    redirectUri: pageUrl,
    authorityMetadata: await text(`/${DEMO.tenantId}/v2.0/.well-known/openid-configuration`),
    cloudDiscoveryMetadata: await text(
      `/common/discovery/instance?api-version=1.1&authorization_endpoint=${encodeURIComponent(`${authority}/oauth2/v2.0/authorize`)}`,
    ),
  });
  return {
    pageUrl,
    emulator,
    close: async () => {
      await emulator.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
