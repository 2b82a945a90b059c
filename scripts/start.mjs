#!/usr/bin/env node
// npm start: the tenant emulator (port 4010/4011) + the console in demo mode on http://localhost:5173.
//   default: production build served by `vite preview` (fast, what users see)
//   --dev:   the Vite dev server with hot reload (npm run dev)
// Extra arguments after `--` go to the emulator, e.g. `npm start -- --service-principals 10000 --grants 100000`.
// Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dev = process.argv.includes('--dev');
const emulatorArgs = process.argv.slice(2).filter((a) => a !== '--dev');
const EMULATOR_PORT = 4010;
const CONSOLE_PORT = 5173;
const TSX = 'node_modules/tsx/dist/cli.mjs';
const VITE = 'node_modules/vite/bin/vite.js';

const children = new Set();

function run(label, args, env = {}) {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  const prefix = (chunk) => chunk.toString().replace(/^(?=.)/gm, `[${label}] `);
  child.stdout.on('data', (chunk) => process.stdout.write(prefix(chunk)));
  child.stderr.on('data', (chunk) => process.stderr.write(prefix(chunk)));
  return new Promise((resolve, reject) => {
    child.on('exit', (code, signal) => {
      children.delete(child);
      if (code === 0) resolve();
      else reject(new Error(`${label} exited with ${signal ?? code}`));
    });
  });
}

async function waitFor(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function stopAll(code = 0) {
  for (const child of children) child.kill('SIGTERM');
  process.exitCode = code;
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

const consoleEnv = { VITE_MODE: 'demo', VITE_EMULATOR_URL: `http://localhost:${EMULATOR_PORT}` };

try {
  const emulator = run('emulator', [TSX, 'emulator/cli.ts', '--port', String(EMULATOR_PORT), ...emulatorArgs]);
  emulator.catch((error) => {
    console.error(error.message);
    stopAll(1);
  });
  if (!dev) await run('build', [VITE, 'build', '--mode', 'demo', '--outDir', 'dist/demo', '--emptyOutDir', '--logLevel', 'warn'], consoleEnv);
  const web = dev
    ? run('console', [VITE, '--port', String(CONSOLE_PORT), '--strictPort'], consoleEnv)
    : run('console', [VITE, 'preview', '--outDir', 'dist/demo', '--port', String(CONSOLE_PORT), '--strictPort'], consoleEnv);
  web.catch((error) => {
    console.error(error.message);
    stopAll(1);
  });
  await Promise.all([waitFor(`http://localhost:${EMULATOR_PORT}/_emulator/demo`), waitFor(`http://localhost:${CONSOLE_PORT}/`)]);
  console.log(
    `\n  Consent Console (demo tenant) is ready: open http://localhost:${CONSOLE_PORT}\n  Sign in as admin@contoso.example (Global Administrator) or any demo account. Ctrl-C stops everything.\n`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  stopAll(1);
}
