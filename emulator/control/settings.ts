// GET/POST /_emulator/settings (test control only): the behaviour switches a test may change at run time —
// {"replicationDelayMs": N, "revokeSessionsDelayMs": N, "signInActivityReport": true|false} — and the
// tenant's licence {"licence": "Free"|"P1"|"P2"} (audit retention, premium reports). POST /_emulator/reset
// returns them to the values the emulator was started with (options / CLI flags, the seed's licence).
import type { EmulatorContext } from '../context.ts';
import { parseJson, readBody } from '../http/body.ts';
import { sendJson } from '../http/respond.ts';
import type { Router } from '../http/router.ts';
import type { RuntimeSettings } from '../tenant/store.ts';
import type { Licence } from '../tenant/types.ts';
import { licenceOf } from '../tenant/licence.ts';

const DELAYS = ['replicationDelayMs', 'revokeSessionsDelayMs'] as const;
const LICENCES: readonly Licence[] = ['Free', 'P1', 'P2'];
const NAMES = [...DELAYS, 'signInActivityReport', 'licence'];

export interface SettingsChange {
  runtime: Partial<RuntimeSettings>;
  licence?: Licence;
}

export function validateSettings(input: unknown): SettingsChange | string {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return 'Body must be a JSON object.';
  const out: SettingsChange = { runtime: {} };
  for (const [key, value] of Object.entries(input)) {
    const delay = DELAYS.find((n) => n === key);
    if (delay) {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return `"${key}" must be a whole number of milliseconds.`;
      out.runtime[delay] = value;
    } else if (key === 'signInActivityReport') {
      if (typeof value !== 'boolean') return '"signInActivityReport" must be true or false.';
      out.runtime.signInActivityReport = value;
    } else if (key === 'licence') {
      const licence = LICENCES.find((l) => l === value);
      if (!licence) return `"licence" must be one of ${LICENCES.join(', ')}.`;
      out.licence = licence;
    } else return `Unknown setting "${key}": use ${NAMES.join(', ')}.`;
  }
  return out;
}

function current(context: EmulatorContext) {
  return { ...context.store.runtime, licence: licenceOf(context.store.settings) };
}

export function settingsRoutes(router: Router, context: EmulatorContext): void {
  router.get('/_emulator/settings', ({ res }) => sendJson(res, 200, current(context)));
  router.post('/_emulator/settings', async ({ req, res }) => {
    let parsed: unknown;
    try {
      parsed = parseJson(await readBody(req));
    } catch {
      return sendJson(res, 400, { error: 'invalid_request', error_description: 'Body must be JSON.' });
    }
    const settings = validateSettings(parsed);
    if (typeof settings === 'string') return sendJson(res, 400, { error: 'invalid_request', error_description: settings });
    context.store.configure(settings.runtime);
    if (settings.licence) context.store.settings.licence = settings.licence;
    sendJson(res, 200, current(context));
  });
}
