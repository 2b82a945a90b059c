// Shared by the Graph tests: an emulator per suite and tokens minted with the emulator's own keys.
import { createEmulator, type Emulator, type EmulatorOptions } from '../index.ts';
import { DEMO, IDS } from '../tenant/seed.ts';
import { issuedAtFor } from '../identity/issue.ts';
import { issueAccessToken } from '../tokens/access-token.ts';

export { DEMO, IDS };

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  return createEmulator({ port: 0, graphPort: 0, testControl: true, ...options });
}

export interface UserTokenOptions {
  userId: string;
  scopes: string[];
  audience?: string;
  lifetimeSeconds?: number;
  issuedAt?: number;
  cp1?: boolean;
}

export async function userToken(emulator: Emulator, o: UserTokenOptions): Promise<string> {
  const user = emulator.store.users.get(o.userId)!;
  const { token } = await issueAccessToken(emulator.context.keys, {
    tenantId: emulator.store.tenantId,
    audience: o.audience ?? DEMO.graphAppId,
    client: { appId: DEMO.consoleClientId, displayName: 'Consent Console' },
    user,
    scopes: o.scopes,
    lifetimeSeconds: o.lifetimeSeconds ?? 3600,
    // As the token endpoint issues them: iat never before the user's last session revocation, valid from now.
    issuedAt: o.issuedAt ?? issuedAtFor(user),
    notBefore: o.issuedAt === undefined ? Math.floor(Date.now() / 1000) : undefined,
    cp1: o.cp1,
  });
  return token;
}

export async function appToken(
  emulator: Emulator,
  roles: string[],
  o: { audience?: string; lifetimeSeconds?: number; issuedAt?: number; appId?: string } = {},
): Promise<string> {
  const { token } = await issueAccessToken(emulator.context.keys, {
    tenantId: emulator.store.tenantId,
    audience: o.audience ?? DEMO.graphAppId,
    client: { appId: o.appId ?? DEMO.daemon.clientId, displayName: 'Contoso Nightly Sync' },
    roles,
    lifetimeSeconds: o.lifetimeSeconds ?? 3600,
    issuedAt: o.issuedAt,
  });
  return token;
}

export interface CallOptions {
  method?: string;
  /** The API version the path is under (default v1.0). */
  version?: 'v1.0' | 'beta';
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface GraphBody {
  value?: GraphBody[];
  error?: { code: string; message: string; innerError: Record<string, string> };
  responses?: { id: string; status: number; headers: Record<string, string>; body?: GraphBody }[];
  [key: string]: unknown;
}

/** fetch against the emulator's Graph origin; path is relative to /v1.0 (or o.version). JSON answers in body, any answer in text. */
export async function graph(
  emulator: Emulator,
  path: string,
  o: CallOptions = {},
): Promise<{ status: number; headers: Headers; body: GraphBody; text: string }> {
  const headers: Record<string, string> = { ...o.headers };
  if (o.token) headers.Authorization = `Bearer ${o.token}`;
  if (o.body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${emulator.graphUrl}/${o.version ?? 'v1.0'}${path}`, {
    method: o.method ?? 'GET',
    headers,
    body: o.body === undefined ? undefined : JSON.stringify(o.body),
  });
  const text = await res.text();
  const type = res.headers.get('content-type') ?? '';
  const body = (type.includes('json') && text ? JSON.parse(text) : {}) as GraphBody;
  return { status: res.status, headers: res.headers, body, text };
}
