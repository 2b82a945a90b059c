// The tenant emulator: Microsoft Entra ID (identity platform v2.0) and a Microsoft Graph v1.0 subset over
// one seeded tenant, on two local origins. `createEmulator` is what tests and the CLI start.
import type { Server } from 'node:http';
import type { EmulatorContext, EmulatorOptions } from './context.ts';
import { controlRoutes } from './control/routes.ts';
import { graphService } from './graph/service.ts';
import { createService, listen, close } from './http/service.ts';
import { identityService } from './identity/service.ts';
import { generateTenant } from './tenant/generator.ts';
import { withHostileApps } from './tenant/hostile.ts';
import { demoTenant } from './tenant/seed.ts';
import { TenantStore } from './tenant/store.ts';
import { createSigningKeys } from './tokens/keys.ts';

export type { EmulatorOptions } from './context.ts';
export { DEMO, IDS } from './tenant/seed.ts';
export { ROLE, ROLE_NAMES } from './tenant/roles.ts';
export { HOSTILE_IDS } from './tenant/hostile.ts';
export { GOVERNANCE_IDS } from './tenant/seed-governance.ts';

export interface Emulator {
  identityUrl: string;
  graphUrl: string;
  store: TenantStore;
  context: EmulatorContext;
  close(): Promise<void>;
}

export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  let seed = demoTenant({ redirectUris: options.redirectUris });
  if (options.hostile) seed = withHostileApps(seed);
  if (options.generate) seed = generateTenant(seed, options.generate);
  if (options.licence) seed = { ...seed, settings: { ...seed.settings, licence: options.licence } };
  const store = new TenantStore(seed, { replicationDelayMs: options.replicationDelayMs, revokeSessionsDelayMs: options.revokeSessionsDelayMs });
  const keys = await createSigningKeys();
  const port = options.port ?? 4010;
  const graphPort = options.graphPort ?? (port === 0 ? 0 : port + 1);

  const context: EmulatorContext = {
    store,
    keys,
    options,
    identityUrl: '',
    graphUrl: '',
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 3600,
  };
  const identityHooks = identityService(context);
  controlRoutes(identityHooks.router, context);
  const identity = createService(identityHooks);
  const graph = createService(graphService(context));

  const servers: Server[] = [identity, graph];
  try {
    context.identityUrl = `http://localhost:${await listen(identity, port)}`;
    context.graphUrl = `http://localhost:${await listen(graph, graphPort)}`;
  } catch (error) {
    await Promise.all(servers.map((s) => (s.listening ? close(s) : Promise.resolve())));
    throw error;
  }

  return {
    get identityUrl() {
      return context.identityUrl;
    },
    get graphUrl() {
      return context.graphUrl;
    },
    store,
    context,
    close: async () => {
      await Promise.all(servers.map(close));
    },
  };
}
