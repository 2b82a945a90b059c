import type { ApiPermissions } from '../../../permissions/api-map';

/** The claims of an access token that decide authorization (others are ignored). */
export interface AccessTokenClaims {
  aud?: string;
  scp?: string;
  roles?: string[];
  idtyp?: string;
  wids?: string[];
  exp?: number;
  nbf?: number;
  iat?: number;
  xms_cc?: string[];
  appid?: string;
  azp?: string;
  oid?: string;
  tid?: string;
  upn?: string;
}

export interface DiagnosisInput {
  method: string;
  url: string;
  /** What the call answered, when it was made. */
  response?: {
    status: number;
    code?: string;
    message?: string;
    /** Parsed WWW-Authenticate: error and the decoded claims challenge. */
    challenge?: { error?: string; claims?: string };
    retryAfterSeconds?: number;
  };
  /** The decoded access token the call was (or would be) made with; null when there was none. */
  token: AccessTokenClaims | null;
  /** Now, in seconds since the epoch. */
  now: number;
  /** The permissions that allow this API, from the map; undefined when the API is not in it. */
  api: ApiPermissions | undefined;
  /** Audiences Microsoft Graph accepts. */
  graphAudiences: readonly string[];
  /** This client's delegated grants on Microsoft Graph in the tenant, when they could be read. */
  grants?: {
    /** Scopes consented for everyone (AllPrincipals). */
    allPrincipals: readonly string[];
    /** Scopes the signed-in user consented to themselves (their Principal grant). */
    signedInUser: readonly string[];
    /** Scopes other users consented to for themselves only. */
    otherUsers: readonly string[];
    /** Application permissions (app roles) this client holds on Microsoft Graph. */
    appRoles: readonly string[];
  };
  /** Whether a delegated scope needs admin consent (from the permission catalogue). */
  isAdminOnly?: (scope: string) => boolean | undefined;
  /** Directory roles (template ids) of the signed-in user. */
  userRoles?: readonly string[];
  /** Directory roles that may perform this operation when it needs one (delegated writes). */
  requiredRoles?: { ids: readonly string[]; names: readonly string[] };
}

export type Cause =
  | 'no-token'
  | 'expired'
  | 'not-yet-valid'
  | 'wrong-audience'
  | 'app-token-on-delegated-only-api'
  | 'delegated-token-on-app-only-api'
  | 'application-permission-missing'
  | 'granted-as-application-permission'
  | 'scope-not-consented'
  | 'needs-admin-consent'
  | 'consented-by-other-users-only'
  | 'stale-token'
  | 'missing-role'
  | 'licence-missing'
  | 'claims-challenge'
  | 'throttled'
  | 'unknown-api'
  | 'not-authorization'
  | 'allowed';

export type Fix =
  | { kind: 'consent'; scopes: string[] }
  | { kind: 'admin-consent'; scopes: string[] }
  | { kind: 'admin-grant-app-role'; roles: string[] }
  | { kind: 'refresh-token'; scopes: string[] }
  | { kind: 'reauthenticate'; claims: string; scopes: string[] }
  | { kind: 'request-role'; roles: string[] }
  | { kind: 'wait'; seconds?: number }
  | { kind: 'use-graph-token'; scopes: string[] };

export interface Evidence {
  label: string;
  /** What a person reads: names in words (roles, permissions, apps). */
  value: string;
  /** Secondary text: the ids behind the names (role template ids), for support and for pasting elsewhere. */
  detail?: string;
}

export interface Verdict {
  cause: Cause;
  title: string;
  explanation: string;
  evidence: Evidence[];
  fix: Fix | null;
  /** The least-privileged permission to ask for, when one applies. */
  leastPrivileged?: string;
}
