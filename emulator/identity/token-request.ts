// What a grant handler reads from one POST to the token endpoint. A leaf module of its own so the endpoint and
// its grant handlers (client-credentials, user-grants) do not import each other.
import type { TenantRef } from './tenant-path.ts';

export interface TokenRequest {
  tenant: TenantRef;
  form: URLSearchParams;
  /** Browsers send Origin on the cross-origin POST; SPA codes and refresh tokens require it. */
  crossOrigin: boolean;
  /** A parameter the real endpoint requires (AADSTS900144 when absent). */
  require(name: string): string;
}
