/** A failing response pasted by a person (status, body, WWW-Authenticate), as the engine's input. */
import { parseWwwAuthenticate } from '../../../graph/graph-error';
import type { DiagnosisInput } from './types';

export interface PastedResponse {
  status: string;
  body: string;
  wwwAuthenticate: string;
  retryAfter?: string;
}

export type ParsedResponse = { ok: true; response: DiagnosisInput['response'] } | { ok: false; error: string };

export function parsePastedResponse(pasted: PastedResponse): ParsedResponse {
  const statusText = pasted.status.trim();
  if (!statusText && !pasted.body.trim() && !pasted.wwwAuthenticate.trim()) return { ok: true, response: undefined };
  const status = Number(statusText);
  if (!/^\d{3}$/.test(statusText) || status < 100 || status > 599) {
    return { ok: false, error: 'The status must be a three-digit HTTP status code, e.g. 403.' };
  }
  let code: string | undefined;
  let message: string | undefined;
  if (pasted.body.trim()) {
    let body: unknown;
    try {
      body = JSON.parse(pasted.body);
    } catch {
      return { ok: false, error: 'The response body is not valid JSON. Paste the whole body, from { to }.' };
    }
    const error = typeof body === 'object' && body !== null && 'error' in body ? (body as { error: unknown }).error : undefined;
    if (typeof error === 'object' && error !== null) {
      const e = error as { code?: unknown; message?: unknown };
      code = typeof e.code === 'string' ? e.code : undefined;
      message = typeof e.message === 'string' ? e.message : undefined;
    }
  }
  const challenge = parseWwwAuthenticate(pasted.wwwAuthenticate.trim().replace(/^www-authenticate:\s*/i, ''));
  const retry = pasted.retryAfter?.trim();
  return {
    ok: true,
    response: {
      status,
      code,
      message,
      challenge: challenge ? { error: challenge.error, claims: challenge.claims } : undefined,
      retryAfterSeconds: retry && /^\d+$/.test(retry) ? Number(retry) : undefined,
    },
  };
}
