// What the identity origin remembers between requests: browser sessions (behind a cookie), sign-in
// transactions (the pages carry only their opaque id), authorization codes and refresh tokens.
// All in memory, and cleared when the tenant is reset.
import { randomBytes, randomUUID } from 'node:crypto';
import type { RequestedScopes } from './scopes.ts';
import type { AuthorizeRequest } from './authorize-request.ts';
import type { AdminConsentRequest } from './admin-consent-request.ts';

export interface Session {
  /** The opaque cookie value. */
  key: string;
  /** The session id tokens carry as `sid` and redirects as `session_state`. */
  sid: string;
  userId: string;
  /** When the user last signed in interactively (ms since epoch). */
  authTimeMs: number;
  /** The apps signed in through this session (logout without client_id returns to one of theirs). */
  clientIds: Set<string>;
}

export interface Transaction {
  id: string;
  request: AuthorizeRequest | AdminConsentRequest;
  /** Set once the user has picked an account (or a session cookie named one). */
  userId?: string;
  /** The session the user signed in with. */
  sessionKey?: string;
  expiresAt: number;
}

export interface CodeGrant {
  code: string;
  clientId: string;
  redirectUri: string;
  spa: boolean;
  userId: string;
  sid: string;
  authTimeMs: number;
  scopes: RequestedScopes;
  nonce?: string;
  codeChallenge?: string;
  cp1: boolean;
  acrs: string[];
  expiresAt: number;
  redeemed: boolean;
}

export interface RefreshGrant {
  token: string;
  clientId: string;
  spa: boolean;
  userId: string;
  sid: string;
  authTimeMs: number;
  issuedAtMs: number;
  /** SPA refresh tokens have a fixed 24 h lifetime that rotation does not extend. */
  expiresAt: number;
  cp1: boolean;
  acrs: string[];
  /** When it was exchanged for a new one; it stays usable for a short grace period after that. */
  rotatedAt?: number;
}

const TRANSACTION_MS = 30 * 60_000;
const CODE_MS = 10 * 60_000;
export const SPA_REFRESH_MS = 24 * 3600_000;
const WEB_REFRESH_MS = 90 * 24 * 3600_000;

export function opaque(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export class IdentityState {
  readonly sessions = new Map<string, Session>();
  readonly transactions = new Map<string, Transaction>();
  readonly codes = new Map<string, CodeGrant>();
  readonly refreshTokens = new Map<string, RefreshGrant>();

  clear(): void {
    this.sessions.clear();
    this.transactions.clear();
    this.codes.clear();
    this.refreshTokens.clear();
  }

  createSession(userId: string): Session {
    const session: Session = { key: opaque(), sid: randomUUID(), userId, authTimeMs: Date.now(), clientIds: new Set() };
    this.sessions.set(session.key, session);
    return session;
  }

  createTransaction(request: Transaction['request']): Transaction {
    this.sweep();
    const tx: Transaction = { id: opaque(), request, expiresAt: Date.now() + TRANSACTION_MS };
    this.transactions.set(tx.id, tx);
    return tx;
  }

  transaction(id: string | null | undefined): Transaction | undefined {
    const tx = id ? this.transactions.get(id) : undefined;
    return tx && tx.expiresAt > Date.now() ? tx : undefined;
  }

  createCode(input: Omit<CodeGrant, 'code' | 'expiresAt' | 'redeemed'>): CodeGrant {
    const grant: CodeGrant = { ...input, code: opaque('1.'), expiresAt: Date.now() + CODE_MS, redeemed: false };
    this.codes.set(grant.code, grant);
    return grant;
  }

  createRefreshToken(input: Omit<RefreshGrant, 'token' | 'issuedAtMs' | 'expiresAt'> & { expiresAt?: number }): RefreshGrant {
    const now = Date.now();
    const grant: RefreshGrant = {
      ...input,
      token: opaque('1.'),
      issuedAtMs: now,
      expiresAt: input.expiresAt ?? now + (input.spa ? SPA_REFRESH_MS : WEB_REFRESH_MS),
    };
    this.refreshTokens.set(grant.token, grant);
    return grant;
  }

  /** Drops expired transactions and codes so a long-running emulator does not grow without bound. */
  private sweep(): void {
    const now = Date.now();
    for (const [id, tx] of this.transactions) if (tx.expiresAt <= now) this.transactions.delete(id);
    for (const [code, c] of this.codes) if (c.expiresAt + CODE_MS <= now) this.codes.delete(code);
  }
}
