import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../index.ts';
import { HOSTILE_IDS } from './hostile.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await createEmulator({ port: 0, testControl: true });
});
afterAll(() => emulator.close());

const reset = (body?: unknown) =>
  fetch(`${emulator.identityUrl}/_emulator/reset`, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body) });

it('switches to the hostile variant and back to the seed', async () => {
  const seedCount = emulator.store.servicePrincipals.size;
  expect((await reset({ variant: 'hostile' })).status).toBe(200);
  expect(emulator.store.servicePrincipals.size).toBe(seedCount + Object.keys(HOSTILE_IDS).length);
  expect(emulator.store.servicePrincipals.get(HOSTILE_IDS.scriptName)?.displayName).toContain('<script>');
  expect(emulator.store.servicePrincipals.get(HOSTILE_IDS.longName)?.displayName).toHaveLength(10_000);
  expect((await reset()).status).toBe(200);
  expect(emulator.store.servicePrincipals.size).toBe(seedCount);
});

it('refuses an unknown variant or a malformed body', async () => {
  expect((await reset({ variant: 'nope' })).status).toBe(400);
  const malformed = await fetch(`${emulator.identityUrl}/_emulator/reset`, { method: 'POST', body: '{' });
  expect(malformed.status).toBe(400);
});

it('every directory object of the demo and hostile tenants has its own id (one id space: users, groups, service principals)', async () => {
  const { demoTenant } = await import('./seed.ts');
  const { withHostileApps } = await import('./hostile.ts');
  const tenant = withHostileApps(demoTenant());
  const ids = [...tenant.users, ...(tenant.groups ?? []), ...tenant.servicePrincipals].map((o) => o.id.toLowerCase());
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
});
