// Conformance tests' helpers: a user holding given directory roles, created through the store (the demo
// seed's users belong to the seed), and a delegated call as that user.
import type { Emulator } from '../../index.ts';
import { user } from '../../tenant/seed-builders.ts';
import type { User } from '../../tenant/types.ts';
import { graph, userToken, type CallOptions } from '../test-support.ts';

let next = 0x900;

/** A new member user of the tenant with these directory roles (template ids). */
export function addUser(emulator: Emulator, roleTemplateIds: string[], extra: Partial<User> = {}): User {
  const n = next++;
  const id = `10000000-0000-4000-8000-000000000${n.toString(16)}`;
  const created = user(id, `conformance${n}`, `Conformance User${n}`, roleTemplateIds, extra);
  emulator.store.users.set(id, created);
  return created;
}

/** GET (or another method) as `userId` with exactly these delegated scopes. */
export async function callAs(emulator: Emulator, userId: string, scopes: string[], path: string, o: CallOptions = {}) {
  return graph(emulator, path, { ...o, token: await userToken(emulator, { userId, scopes }) });
}
