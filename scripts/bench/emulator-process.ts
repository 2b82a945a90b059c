/**
 * The tenant the console meets, in its own process (as Graph runs on other machines): the emulator's CLI
 * with a generated tenant and an added round-trip time on every Graph exchange, preflights included.
 * Its request log is read to count the CORS preflights a load cost (Playwright does not see them).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { TenantShape } from './shapes';

export interface EmulatorProcess {
  identityUrl: string;
  graphUrl: string;
  /** Graph preflights (OPTIONS) answered since the process started. */
  preflights(): number;
  stop(): Promise<void>;
}

/** Resolves once `url` answers OK; kills `child` and throws after `seconds`. */
export async function whenUp(child: ChildProcess, url: string, seconds: number, what: string): Promise<void> {
  for (let waited = 0; waited < seconds * 1000; waited += 500) {
    if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error(`${what} did not start within ${seconds} s`);
}

export async function startEmulatorProcess(
  root: string,
  ports: { identity: number; graph: number },
  shape: TenantShape,
  rttMs: number,
  redirectUris: string[],
): Promise<EmulatorProcess> {
  const { tenant } = shape;
  const args = [
    join(root, 'node_modules/tsx/dist/cli.mjs'),
    join(root, 'emulator/cli.ts'),
    ...['--port', String(ports.identity), '--graph-port', String(ports.graph), '--latency', String(rttMs), '--log'],
    ...['--service-principals', String(tenant.servicePrincipals), '--grants', String(tenant.grants)],
    ...['--app-role-assignments', String(tenant.appRoleAssignments), '--seed', String(tenant.seed)],
    ...(tenant.resourceApps ? ['--resource-apps', String(tenant.resourceApps)] : []),
    ...redirectUris.flatMap((uri) => ['--redirect-uri', uri]),
  ];
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let preflights = 0;
  // The log line of each exchange: "[graph] OPTIONS /v1.0/… → 204 100ms"; anything else is passed on.
  createInterface({ input: child.stderr! }).on('line', (line) => {
    if (line.startsWith('[graph] OPTIONS ')) preflights++;
    else if (!/^\[(graph|identity)\] /.test(line)) console.error(line);
  });
  const identityUrl = `http://localhost:${ports.identity}`;
  await whenUp(child, `${identityUrl}/_emulator/demo`, 300, 'the emulator process'); // a million grants take a while to generate
  return {
    identityUrl,
    graphUrl: `http://localhost:${ports.graph}`,
    preflights: () => preflights,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
