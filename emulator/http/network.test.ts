// The network the emulator stands for: added latency is a round trip per HTTP exchange — a CORS preflight
// is one too — and preflight answers carry no Access-Control-Max-Age unless asked for. Microsoft documents no
// Access-Control-Max-Age for Graph, so the stricter reading is none: Chromium then keeps a preflight 5 s
// (its default), and every new URL (each @odata.nextLink) costs a preflight round trip of its own.
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../index.ts';

const LATENCY_MS = 120;
let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

const preflight = (url: string) =>
  fetch(url, {
    method: 'OPTIONS',
    headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
  });

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

describe('network fidelity', () => {
  it('charges the added latency to a preflight, as to any exchange', async () => {
    emulator = await createEmulator({ port: 0, latencyMs: LATENCY_MS });
    const { ms, value } = await timed(() => preflight(`${emulator!.graphUrl}/v1.0/servicePrincipals?$skiptoken=abc`));
    expect(value.status).toBe(204);
    expect(ms).toBeGreaterThanOrEqual(LATENCY_MS - 5);
    const unauthenticated = await timed(() => fetch(`${emulator!.graphUrl}/v1.0/me`));
    expect(unauthenticated.value.status).toBe(401);
    expect(unauthenticated.ms).toBeGreaterThanOrEqual(LATENCY_MS - 5);
  });

  it('sends no Access-Control-Max-Age unless configured', async () => {
    emulator = await createEmulator({ port: 0 });
    const plain = await preflight(`${emulator.graphUrl}/v1.0/me`);
    expect(plain.headers.get('access-control-max-age')).toBeNull();
    expect(plain.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    await emulator.close();

    emulator = await createEmulator({ port: 0, preflightMaxAgeSeconds: 600 });
    expect((await preflight(`${emulator.graphUrl}/v1.0/me`)).headers.get('access-control-max-age')).toBe('600');
  });
});
