/** The one error type for a failed Microsoft Graph call. */

export interface AuthChallenge {
  scheme: string;
  params: Record<string, string>;
  /** `error` parameter, e.g. "insufficient_claims". */
  error?: string;
  /** The decoded claims challenge (JSON text) to pass to MSAL as `claims`, when present. */
  claims?: string;
}

export interface GraphErrorInit {
  status: number;
  code: string;
  message: string;
  requestId?: string;
  clientRequestId?: string;
  date?: string;
  challenge?: AuthChallenge;
  retryAfterSeconds?: number;
  /** The request may or may not have been applied (no answer, or 504 to a write): read before concluding. */
  outcomeUnknown?: boolean;
}

export class GraphError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId?: string;
  readonly clientRequestId?: string;
  readonly date?: string;
  readonly challenge?: AuthChallenge;
  readonly retryAfterSeconds?: number;
  readonly outcomeUnknown: boolean;

  constructor(init: GraphErrorInit) {
    super(init.message);
    this.name = 'GraphError';
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.clientRequestId = init.clientRequestId;
    this.date = init.date;
    this.challenge = init.challenge;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.outcomeUnknown = init.outcomeUnknown ?? false;
  }
}

/** Parses `Bearer realm="", error="insufficient_claims", claims="eyJ..."` (first challenge only). */
export function parseWwwAuthenticate(header: string | null | undefined): AuthChallenge | undefined {
  if (!header) return undefined;
  const scheme = /^\s*([A-Za-z][\w-]*)/.exec(header);
  if (!scheme?.[1]) return undefined;
  const params: Record<string, string> = {};
  const pattern = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g;
  for (const match of header.slice(scheme[0].length).matchAll(pattern)) {
    const [, key, quoted, bare] = match;
    if (key) params[key.toLowerCase()] = (quoted ?? bare ?? '').replace(/\\(.)/g, '$1');
  }
  const claims = params.claims ? decodeClaims(params.claims) : undefined;
  return { scheme: scheme[1], params, error: params.error, claims };
}

/** Graph sends the claims challenge base64-encoded; MSAL wants the JSON text. */
function decodeClaims(value: string): string {
  if (value.trimStart().startsWith('{')) return value;
  try {
    const normalized = value.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(normalized), (c) => c.charCodeAt(0));
    return new TextDecoder().decode(bytes);
  } catch {
    return value;
  }
}

/** Seconds to wait from a Retry-After header (delta-seconds or HTTP date); undefined when absent/invalid. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

interface ErrorBody {
  error?: {
    code?: string;
    message?: string;
    innerError?: { date?: string; 'request-id'?: string; 'client-request-id'?: string };
  };
}

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && 'error' in value;
}

type HeaderLookup = (name: string) => string | null | undefined;

/** Builds a GraphError from a status, header lookup and parsed body (response or $batch item). */
export function graphErrorFrom(status: number, header: HeaderLookup, body: unknown): GraphError {
  const error = isErrorBody(body) ? body.error : undefined;
  const inner = error?.innerError;
  return new GraphError({
    status,
    code: error?.code ?? (status === 0 ? 'networkError' : `http${status}`),
    message: error?.message ?? `Microsoft Graph answered HTTP ${status}.`,
    requestId: inner?.['request-id'] ?? header('request-id') ?? undefined,
    clientRequestId: inner?.['client-request-id'] ?? header('client-request-id') ?? undefined,
    date: inner?.date ?? header('date') ?? undefined,
    challenge: parseWwwAuthenticate(header('www-authenticate')),
    retryAfterSeconds: parseRetryAfter(header('retry-after')),
  });
}

export async function graphErrorFromResponse(response: Response): Promise<GraphError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  return graphErrorFrom(response.status, (name) => response.headers.get(name), body);
}
