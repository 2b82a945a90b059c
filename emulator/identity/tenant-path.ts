// The `{tenant}` path segment: the tenant id, one of its domains, or `common` / `organizations` (which a
// work account resolves to its home tenant — here, the one tenant the emulator holds).
import type { TenantStore } from '../tenant/store.ts';
import { AadError, aad } from './errors.ts';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MULTI_TENANT = new Set(['common', 'organizations']);

export interface TenantRef {
  /** The tenant id tokens carry. */
  tenantId: string;
  /** The segment as requested (`common`, a domain, or the id). */
  segment: string;
  /** True for `common` / `organizations`, whose discovery document keeps the `{tenantid}` placeholder. */
  multiTenant: boolean;
}

export function resolveTenant(store: TenantStore, segment: string): TenantRef {
  const lower = segment.toLowerCase();
  const { tenantId, defaultDomain } = store.settings;
  if (MULTI_TENANT.has(lower)) return { tenantId, segment: lower, multiTenant: true };
  if (lower === tenantId.toLowerCase() || lower === defaultDomain.toLowerCase()) return { tenantId, segment, multiTenant: false };
  if (GUID.test(segment) || segment.includes('.') || lower === 'consumers') throw aad.tenantNotFound(segment);
  throw aad.tenantMalformed(segment);
}

/** resolveTenant that reports failure as a value, for endpoints that render pages rather than throw. */
export function tryResolveTenant(store: TenantStore, segment: string): TenantRef | AadError {
  try {
    return resolveTenant(store, segment);
  } catch (e) {
    if (e instanceof AadError) return e;
    throw e;
  }
}
