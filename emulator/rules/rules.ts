// The emulator's own rule data, generated from Microsoft's documented data by
// scripts/generate-emulator-rules.mjs (npm run generate:emulator). Plain data: the emulator shares no file
// with the console, and nothing here reads the reference data itself.
import { readFileSync } from 'node:fs';

const load = <T>(name: string): T => JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8')) as T;

// --- graph-permissions.json: Microsoft Graph's delegated scopes and app roles -------------------------

export interface CatalogEntry {
  id: string;
  value: string;
  type: 'delegated' | 'application';
  isAdmin: boolean;
  isEnabled: boolean;
  adminConsentDisplayName: string;
  adminConsentDescription: string;
  userConsentDisplayName?: string;
  userConsentDescription?: string;
}

export const graphPermissionCatalog: readonly CatalogEntry[] = load<CatalogEntry[]>('graph-permissions.json');

// --- graph-api-permissions.json: the devx v1.0 API → permission map (fallback) ------------------------

export interface DevxEntry {
  /** delegated (work or school) permissions, least-privileged first */
  d?: string[];
  /** application permissions */
  a?: string[];
  /** permissions that only work together with one of the listed others */
  r?: { d?: Record<string, string[]>; a?: Record<string, string[]> };
}

export const devxPermissionMap: Readonly<Record<string, DevxEntry>> = load<Record<string, DevxEntry>>('graph-api-permissions.json');

// --- graph-api-rules.json: what Microsoft's API reference documents per call --------------------------

export type ThrottleRule =
  | { service: 'identityAndAccess'; cost: number; writeCost: number }
  | { service: 'identityAndAccessReports'; requests: number; windowSeconds: number }
  | { service: 'notListed' | 'unknown' | 'perInnerRequest' };

export interface ApiRule {
  /** The docs page, e.g. api-reference/v1.0/api/oauth2permissiongrant-list.md */
  source: string;
  /** Delegated: allowed when the token holds every permission of one set; false = not supported. */
  d: string[][] | false;
  /** Application: as d. */
  a: string[][] | false;
  /** Delegated permissions that only cover the signed-in user (User.Read on /users/{id}). */
  selfOnly?: string[];
  /** Directory role template ids a delegated caller needs (one of them); null = any member user. */
  roles: string[] | null;
  /** The same roles by name, as the docs list them (some retired roles have no template id). */
  roleNames: string[] | null;
  /** The only listed roles that may act on Microsoft Graph's own app roles (a role condition of the docs). */
  graphAppRoles?: string[];
  /** false: guest users get 403. */
  guests?: false;
  throttle: ThrottleRule;
}

export interface RulesFile {
  /** role display name → role template id (null: no id on the built-in roles page) */
  roles: Record<string, string | null>;
  apis: Record<string, ApiRule>;
  /** The beta calls the emulator models, keyed as apis (without the /beta prefix). */
  beta: Record<string, ApiRule>;
  throttling: {
    /** "METHOD /path" → [resource units, write cost], from the identity & access cost table */
    costs: Record<string, [number, number]>;
    /** per method, for every other identity path */
    defaultCosts: Record<string, [number, number]>;
    modifiers: { select: number; expand: number; topBelow20: number; minimum: number };
    /** the reports service's limit per app and tenant */
    reports: { requests: number; windowSeconds: number };
  };
}

export const graphRules: RulesFile = load<RulesFile>('graph-api-rules.json');

/** The documented rule of a call key; a beta call's key carries its version: "GET /beta/reports/…". */
export function apiRule(key: string): ApiRule | undefined {
  const beta = /^(\w+) \/beta(\/.*)$/.exec(key);
  const [table, name] = beta ? [graphRules.beta, `${beta[1]} ${beta[2]}`] : [graphRules.apis, key];
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

/** A role's template id by its display name; throws for a name the generated table does not have. */
export function roleId(name: string): string {
  const id = graphRules.roles[name];
  if (!id) throw new Error(`No role template id for "${name}" in emulator/rules/graph-api-rules.json`);
  return id;
}
