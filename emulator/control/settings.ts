// GET/POST /_emulator/settings (test control only): the behaviour switches a test may change at run time —
// {"replicationDelayMs": N, "revokeSessionsDelayMs": N}. POST /_emulator/reset returns them to the values
// the emulator was started with (options / CLI flags).
import type { EmulatorContext } from '../context.ts';
import { parseJson, readBody } from '../http/body.ts';
import { sendJson } from '../http/respond.ts';
import type { Router } from '../http/router.ts';
import type { RuntimeSettings } from '../tenant/store.ts';

const NAMES: readonly (keyof RuntimeSettings)[] = ['replicationDelayMs', 'revokeSessionsDelayMs'];

export function validateSettings(input: unknown): Partial<RuntimeSettings> | string {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return 'Body must be a JSON object.';
  const out: Partial<RuntimeSettings> = {};
  for (const [key, value] of Object.entries(input)) {
    const name = NAMES.find((n) => n === key);
    if (!name) return `Unknown setting "${key}": use ${NAMES.join(' or ')}.`;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return `"${key}" must be a whole number of milliseconds.`;
    out[name] = value;
  }
  return out;
}

export function settingsRoutes(router: Router, context: EmulatorContext): void {
  router.get('/_emulator/settings', ({ res }) => sendJson(res, 200, context.store.runtime));
  router.post('/_emulator/settings', async ({ req, res }) => {
    let parsed: unknown;
    try {
      parsed = parseJson(await readBody(req));
    } catch {
      return sendJson(res, 400, { error: 'invalid_request', error_description: 'Body must be JSON.' });
    }
    const settings = validateSettings(parsed);
    if (typeof settings === 'string') return sendJson(res, 400, { error: 'invalid_request', error_description: settings });
    context.store.configure(settings);
    sendJson(res, 200, context.store.runtime);
  });
}
