/**
 * What each JWT claim means, in words, and its value made readable (times as dates, wids as role
 * names). Pure: the token inspector renders the result.
 */
import { directoryRoleNames } from '../../../auth/directory-roles';
import { GRAPH_AUDIENCES } from '../../../graph/microsoft-graph';
import { splitScopes } from '../../../permissions/scopes';

export interface ExplainedClaim {
  name: string;
  /** The raw value as JSON text. */
  raw: string;
  /** The value made readable, when that differs from the raw value. */
  readable?: string;
  meaning: string;
}

const GLOSSARY: Record<string, string> = {
  aud: 'Audience: the API this token is for. Microsoft Graph accepts 00000003-0000-0000-c000-000000000000 or https://graph.microsoft.com; an ID token’s audience is the app itself.',
  iss: 'Issuer: the security token service and tenant that issued the token.',
  iat: 'Issued at: when the token was issued.',
  nbf: 'Not before: the token is not valid before this time.',
  exp: 'Expires: the token is not valid after this time (access tokens live 60–90 minutes by default).',
  scp: 'Scopes: the delegated permissions this app may use on behalf of the signed-in user. Only in user (delegated) tokens.',
  roles: 'Roles: in an app-only token, the application permissions granted to the app; in a user token, the app roles assigned to the user for that API.',
  wids: 'Directory roles of the user (role template ids), e.g. Global Administrator. Graph checks them for writes that need a role.',
  idtyp: 'Token type: "user" for a delegated token (a user is signed in), "app" for an app-only token.',
  oid: 'Object id of the user (or of the app’s service principal in an app-only token) in this tenant.',
  sub: 'Subject: a stable identifier of the principal, unique per app.',
  tid: 'Tenant id: the directory the user signed in to.',
  upn: 'User principal name of the signed-in user.',
  unique_name: 'A human-readable name of the user (not guaranteed unique; do not use it for authorization).',
  preferred_username: 'The user’s sign-in name as displayed (ID token); not guaranteed unique.',
  name: 'Display name of the user.',
  given_name: 'Given name of the user.',
  family_name: 'Family name of the user.',
  email: 'Email address of the user, when the email scope was asked.',
  appid: 'Application (client) id of the app that asked for the token (v1 tokens).',
  azp: 'Authorized party: the application (client) id of the app that asked for the token (v2 tokens).',
  app_displayname: 'Display name of the app that asked for the token.',
  appidacr: 'How the app authenticated: 0 public client, 1 client secret, 2 certificate.',
  azpacr: 'How the app authenticated: 0 public client, 1 client secret, 2 certificate.',
  xms_cc:
    'Client capabilities the app declared. "CP1" means it handles claims challenges, so Continuous Access Evaluation applies: Graph can revoke the token early and ask for a fresh sign-in.',
  sid: 'Session id: the sign-in session this token belongs to (used for sign-out and revocation).',
  uti: 'Token identifier, unique per token (Microsoft uses it for revocation and diagnostics).',
  ver: 'Token format version: "1.0" or "2.0".',
  nonce: 'The nonce the app sent when signing in; the app checks it to prevent replay.',
  login_hint: 'An opaque hint the app can send back to sign the same user in again without a picker.',
  acr: 'Authentication context class reference: how strongly the user authenticated.',
  acrs: 'Authentication contexts the user satisfied (Conditional Access).',
  amr: 'Authentication methods used, e.g. pwd, mfa.',
  ipaddr: 'The IP address the user signed in from.',
  rh: 'An internal claim Microsoft uses to revalidate tokens; ignore it.',
  aio: 'An internal claim Microsoft uses to reuse tokens; ignore it.',
  auth_time: 'When the user last authenticated.',
  tenant_region_scope: 'The region of the tenant.',
  platf: 'The device platform.',
  deviceid: 'The id of the device the user signed in from.',
};

const TIME_CLAIMS = new Set(['iat', 'nbf', 'exp', 'auth_time']);

function describeTime(seconds: number, now: number): string {
  const delta = seconds - now;
  const abs = Math.abs(delta);
  const span = abs < 120 ? `${abs} s` : abs < 7200 ? `${Math.round(abs / 60)} min` : `${Math.round(abs / 3600)} h`;
  return `${new Date(seconds * 1000).toISOString()} (${delta >= 0 ? `in ${span}` : `${span} ago`})`;
}

function readable(name: string, value: unknown, now: number): string | undefined {
  if (TIME_CLAIMS.has(name) && typeof value === 'number') return describeTime(value, now);
  if (name === 'wids' && Array.isArray(value)) {
    const names = directoryRoleNames(value.filter((v): v is string => typeof v === 'string'));
    return names.length > 0 ? names.join(', ') : 'no administrative role (member only)';
  }
  if (name === 'idtyp') return value === 'app' ? 'app-only token (no user)' : value === 'user' ? 'delegated token (a signed-in user)' : undefined;
  if (name === 'aud' && typeof value === 'string') {
    const v = value.toLowerCase().replace(/\/$/, '');
    if (GRAPH_AUDIENCES.includes(v)) return 'Microsoft Graph';
    if (v === '00000003-0000-0ff1-ce00-000000000000' || v.includes('sharepoint')) return 'SharePoint Online (not Microsoft Graph)';
    if (v === '00000002-0000-0ff1-ce00-000000000000' || v.includes('outlook.office')) return 'Exchange Online (not Microsoft Graph)';
  }
  if (name === 'scp' && typeof value === 'string') return splitScopes(value).join(', ');
  return undefined;
}

/** Every claim of a decoded payload, explained, in the payload's order. */
export function explainClaims(payload: Record<string, unknown>, now: number): ExplainedClaim[] {
  return Object.entries(payload).map(([name, value]) => ({
    name,
    raw: typeof value === 'string' ? value : JSON.stringify(value),
    readable: readable(name, value, now),
    meaning: GLOSSARY[name] ?? 'Not a claim the console knows; see the Microsoft identity platform’s claims reference.',
  }));
}

export interface DecodedJwt {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  /** Whether the token has a signature part (never verified here). */
  signed: boolean;
}

function decodePart(part: string): Record<string, unknown> {
  const base64 = part
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
  return parsed as Record<string, unknown>;
}

/** Decodes a pasted JWT locally; throws an Error with a message for people on bad input. */
export function decodeJwt(text: string): DecodedJwt {
  const token = text.trim().replace(/^Bearer\s+/i, '');
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[0] || !parts[1]) {
    throw new Error('This is not a JWT: a token has three parts separated by dots (header.payload.signature).');
  }
  try {
    return { header: decodePart(parts[0]), payload: decodePart(parts[1]), signed: (parts[2] ?? '').length > 0 };
  } catch {
    throw new Error('The token’s header or payload is not base64url-encoded JSON. Check that the whole token was copied.');
  }
}
