// What every part of one running emulator shares: the tenant store, the signing keys, its two origins.
import type { Licence } from './tenant/types.ts';
import type { SigningKeys } from './tokens/keys.ts';
import type { TenantStore } from './tenant/store.ts';

export interface GeneratedTenantOptions {
  servicePrincipals: number;
  grants: number;
  appRoleAssignments?: number;
  /** How many of the generated apps publish app roles and hold assignments too (besides Microsoft Graph). */
  resourceApps?: number;
  seed?: number;
}

/** Identity & access throttling: resource units per window per app + tenant, and writes per write window. */
export interface ThrottlingLimits {
  /** Default 3,500 (a small tenant). */
  resourceUnits: number;
  /** Default 10. */
  windowSeconds: number;
  /** Default 3,000. */
  writes: number;
  /** Default 150. */
  writeWindowSeconds: number;
}

export interface EmulatorOptions {
  /** Identity origin port; 0 picks a free one. Default 4010. */
  port?: number;
  /** Graph origin port; 0 picks a free one. Default port + 1 (or 0 when port is 0). */
  graphPort?: number;
  /** Expose /_emulator/reset, /_emulator/state and fault injection. Off unless started for tests. */
  testControl?: boolean;
  /** Access token lifetime in seconds (default 3600). */
  tokenLifetimeSeconds?: number;
  /** Extra redirect URIs registered for the console's SPA app. */
  redirectUris?: string[];
  /** Build a large generated tenant on top of the demo tenant. */
  generate?: GeneratedTenantOptions;
  /** Enforce the Graph throttling model (token bucket per app + tenant); an object overrides the limits. */
  throttling?: boolean | Partial<ThrottlingLimits>;
  /**
   * The reports service's limit on directory audits (always on; documented: 5 requests per 10 s per app and
   * tenant). Change it for tests, or false to turn it off.
   */
  reportsLimit?: { requests: number; windowSeconds: number } | false;
  /** Added round-trip time (ms) of every exchange with the Graph origin, CORS preflights included. */
  latencyMs?: number;
  /** Access-Control-Max-Age (s) on Graph's preflight answers; by default none is sent (Microsoft documents none). */
  preflightMaxAgeSeconds?: number;
  /** Fraction (0..1) of Graph requests that fail with 503 (fault injection). */
  errorRate?: number;
  /** Seed of the fault injector's random numbers, so an error rate fails the same requests every run. */
  faultSeed?: number;
  /** Add third-party apps with hostile names and URLs (hardening tests). */
  hostile?: boolean;
  /** Log each request to stderr. */
  log?: boolean;
  /**
   * How long a refresh token stays usable after it was exchanged for a new one (default 10 s), so that
   * concurrent silent token requests of one app do not fail each other. 0 = strictly single use.
   */
  refreshTokenReuseGraceSeconds?: number;
  /**
   * Replication delay (ms): Graph reads of oauth2PermissionGrants and appRoleAssignments (lists and by id)
   * see a write only this long after it, as in the real directory. Writes, tokens and consent use the
   * primary state. Default 0 (off). Test control can change it at run time (POST /_emulator/settings).
   */
  replicationDelayMs?: number;
  /** revokeSignInSessions takes effect this long (ms) after the call ("after a small delay"). Default 0. */
  revokeSessionsDelayMs?: number;
  /** The tenant's Microsoft Entra ID edition (audit retention, premium reports). Default: the seed's (P1). */
  licence?: Licence;
}

export interface EmulatorContext {
  store: TenantStore;
  keys: SigningKeys;
  options: EmulatorOptions;
  identityUrl: string;
  graphUrl: string;
  tokenLifetimeSeconds: number;
}
