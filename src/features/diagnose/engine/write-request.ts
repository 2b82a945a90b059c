/**
 * A write typed on the Diagnose page as the change the engine sends: the typed URL's path and query go
 * under the console's own Graph base URL (a pasted host is never contacted), with the typed JSON body.
 */
import type { ChangeOf } from '../../../changes/change-types';
import { takesBody, type WriteMethod } from '../../../graph/raw-request';
import { requestTarget } from './token-input';

export type RequestBody = { ok: true; body?: unknown } | { ok: false; error: string };

/** The typed request body: nothing when empty, else JSON. */
export function readRequestBody(text: string): RequestBody {
  if (!text.trim()) return { ok: true };
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: 'The request body is not valid JSON.' };
  }
}

export interface TypedWrite {
  method: WriteMethod;
  /** As typed: a full URL (any host) or a path. */
  url: string;
  body?: unknown;
  /** The delegated scope to send it with. */
  scope: string;
}

/** The change that sends a typed write to `baseUrl`, the Graph client's v1.0 base URL. */
export function writeChange({ method, url, body, scope }: TypedWrite, baseUrl: string): ChangeOf<'graph-request'> {
  return { kind: 'graph-request', request: { method, path: requestTarget(url), body: takesBody(method) ? body : undefined, scope }, baseUrl, names: {} };
}

/** The origin of a typed full URL (undefined for a path, or what does not parse as a URL). */
export function typedOrigin(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url.trim())) return undefined;
  try {
    return new URL(url.trim()).origin;
  } catch {
    return undefined;
  }
}
