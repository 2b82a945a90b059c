// npm run emulator -- --port 4010 [--graph-port N] [--service-principals N --grants N --app-role-assignments N --resource-apps N --seed N]
//   [--token-lifetime SECONDS] [--redirect-uri URI ...] [--test-control] [--throttling] [--latency MS] [--error-rate 0..1]
//   [--replication-delay MS] [--revoke-sessions-delay MS] [--licence Free|P1|P2] [--log]
import { parseArgs } from 'node:util';
import { createEmulator } from './index.ts';
import { demoFacts } from './control/routes.ts';
import { assertUsablePort } from './blocked-ports.ts';
import { parseReportsLimit, type ReportsLimitOptions } from './graph/reports-limit.ts';
import type { Licence } from './tenant/types.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    'graph-port': { type: 'string' },
    'service-principals': { type: 'string' },
    grants: { type: 'string' },
    'app-role-assignments': { type: 'string' },
    'resource-apps': { type: 'string' },
    seed: { type: 'string', default: '1' },
    'token-lifetime': { type: 'string' },
    'refresh-token-grace': { type: 'string' },
    'redirect-uri': { type: 'string', multiple: true },
    'test-control': { type: 'boolean', default: false },
    throttling: { type: 'boolean', default: false },
    'reports-limit': { type: 'string' },
    latency: { type: 'string' },
    'preflight-max-age': { type: 'string' },
    'error-rate': { type: 'string' },
    'replication-delay': { type: 'string' },
    'revoke-sessions-delay': { type: 'string' },
    licence: { type: 'string' },
    hostile: { type: 'boolean', default: false },
    log: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(
    'Usage: npm run emulator -- [--port 4010] [--graph-port 4011] [--service-principals N --grants N --app-role-assignments N --resource-apps N --seed N] [--token-lifetime S] [--refresh-token-grace S] [--redirect-uri URI]... [--test-control] [--throttling] [--latency MS] [--replication-delay MS] [--revoke-sessions-delay MS] [--licence Free|P1|P2] [--hostile] [--log]',
  );
  process.exit(0);
}

const int = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a whole number, got "${value}"`);
    process.exit(2);
  }
  return n;
};

const port = (name: string, value: string | undefined): number | undefined => {
  const n = int(name, value);
  if (n === undefined) return undefined;
  try {
    return assertUsablePort(n, `--${name}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
};

const fraction = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) {
    console.error(`--${name} must be a number between 0 and 1, got "${value}"`);
    process.exit(2);
  }
  return n;
};

/** --reports-limit N/S: the reports service's limit (directory audits), default 5/10 as documented; "off" turns it off. */
const reportsLimit = (value: string | undefined): ReportsLimitOptions | false | undefined => {
  if (value === undefined) return undefined;
  try {
    return parseReportsLimit(value);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
};

/** --licence Free|P1|P2: the tenant's Microsoft Entra ID edition (audit retention 7 or 30 days, the sign-in activity report). */
const licence = (value: string | undefined): Licence | undefined => {
  if (value === undefined) return undefined;
  const known = (['Free', 'P1', 'P2'] as const).find((l) => l.toLowerCase() === value.toLowerCase());
  if (!known) {
    console.error(`--licence must be Free, P1 or P2, got "${value}"`);
    process.exit(2);
  }
  return known;
};

const servicePrincipals = int('service-principals', values['service-principals']);
const grants = int('grants', values.grants);
const emulator = await createEmulator({
  port: port('port', values.port),
  graphPort: port('graph-port', values['graph-port']),
  tokenLifetimeSeconds: int('token-lifetime', values['token-lifetime']),
  refreshTokenReuseGraceSeconds: int('refresh-token-grace', values['refresh-token-grace']),
  redirectUris: values['redirect-uri'],
  testControl: values['test-control'],
  throttling: values.throttling,
  reportsLimit: reportsLimit(values['reports-limit']),
  latencyMs: int('latency', values.latency),
  preflightMaxAgeSeconds: int('preflight-max-age', values['preflight-max-age']),
  errorRate: fraction('error-rate', values['error-rate']),
  replicationDelayMs: int('replication-delay', values['replication-delay']),
  revokeSessionsDelayMs: int('revoke-sessions-delay', values['revoke-sessions-delay']),
  licence: licence(values.licence),
  hostile: values.hostile,
  log: values.log,
  generate:
    servicePrincipals !== undefined || grants !== undefined
      ? {
          servicePrincipals: servicePrincipals ?? 0,
          grants: grants ?? 0,
          appRoleAssignments: int('app-role-assignments', values['app-role-assignments']),
          resourceApps: int('resource-apps', values['resource-apps']),
          seed: int('seed', values.seed),
        }
      : undefined,
});

const facts = demoFacts(emulator.context);
console.log(`Tenant emulator ready
  identity  ${emulator.identityUrl}   (discovery: ${emulator.identityUrl}/${facts.tenantId}/v2.0/.well-known/openid-configuration)
  graph     ${emulator.graphUrl}/v1.0
  tenant    ${facts.tenantId}
  console   client id ${facts.consoleClientId}
  daemon    client id ${facts.daemon.clientId}  secret ${facts.daemon.clientSecret}
  tenant size: ${emulator.store.servicePrincipals.size} service principals, ${emulator.store.grants.size} grants, ${emulator.store.appRoleAssignments.size} app role assignments, ${emulator.store.groups.size} groups
  delays: replication ${emulator.store.runtime.replicationDelayMs} ms, session revocation ${emulator.store.runtime.revokeSessionsDelayMs} ms
  accounts: ${facts.accounts.map((a) => `${a.upn}${a.roles.length ? ` (${a.roles.join(', ')})` : ''}`).join(', ')}`);

const stop = () => void emulator.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
