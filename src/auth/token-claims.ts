import { parseScopeString } from '../permissions/scopes';

/** Decodes a JWT payload for display only (the token is never trusted for decisions here). */
export function decodeJwtPayload(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (!payload) throw new Error('Not a JWT.');
  const base64 = payload
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(payload.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
  if (typeof parsed !== 'object' || parsed === null) throw new Error('JWT payload is not an object.');
  return parsed as Record<string, unknown>;
}

export interface GraphTokenSummary {
  /** Delegated scopes the token carries (`scp`). */
  scopes: string[];
  /** Directory role template ids (`wids`). */
  roleTemplateIds: string[];
  tenantId?: string;
  expiresAt?: Date;
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

export function summarizeGraphToken(token: string): GraphTokenSummary {
  const claims = decodeJwtPayload(token);
  const wids = Array.isArray(claims.wids) ? claims.wids.filter((w): w is string => typeof w === 'string') : [];
  return {
    scopes: parseScopeString(str(claims.scp)),
    roleTemplateIds: wids,
    tenantId: str(claims.tid),
    expiresAt: typeof claims.exp === 'number' ? new Date(claims.exp * 1000) : undefined,
  };
}
