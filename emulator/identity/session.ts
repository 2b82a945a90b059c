// The browser session of the identity origin (an HttpOnly cookie naming a server-side session), and the
// hints that name a user without a picker (`login_hint` as a UPN or as MSAL's opaque login_hint claim).
import type { IncomingMessage } from 'node:http';
import type { EmulatorContext } from '../context.ts';
import type { TenantStore } from '../tenant/store.ts';
import type { User } from '../tenant/types.ts';
import type { IdentityState, Session } from './state.ts';

/** Both pieces every identity handler needs. */
export interface Identity {
  context: EmulatorContext;
  state: IdentityState;
}

// Cookies are shared by all ports of a host, so the name carries the port: two emulators side by side in
// one browser keep separate sessions.
export function cookieName(context: EmulatorContext): string {
  const port = new URL(context.identityUrl || 'http://localhost').port || '80';
  return `ESTSAUTH_${port}`;
}

function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

export function sessionCookie(context: EmulatorContext, session: Session | undefined): string {
  const name = cookieName(context);
  if (!session) return `${name}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;
  return `${name}=${encodeURIComponent(session.key)}; Path=/; HttpOnly; SameSite=Lax`;
}

/** A session is live while its user exists, is enabled and has not had sign-in sessions revoked since. */
export function liveSession(id: Identity, session: Session | undefined): { session: Session; user: User } | undefined {
  if (!session) return undefined;
  const user = id.context.store.users.get(session.userId);
  if (!user || !user.accountEnabled) return undefined;
  if (session.authTimeMs < Date.parse(user.signInSessionsValidFromDateTime)) return undefined;
  return { session, user };
}

export function currentSession(id: Identity, req: IncomingMessage): { session: Session; user: User } | undefined {
  const key = readCookie(req, cookieName(id.context));
  return liveSession(id, key ? id.state.sessions.get(key) : undefined);
}

export function resolveLoginHint(store: TenantStore, hint: string | undefined): User | undefined {
  if (!hint) return undefined;
  if (hint.startsWith('O.')) {
    try {
      const decoded = JSON.parse(Buffer.from(hint.slice(2), 'base64url').toString('utf8')) as { oid?: unknown };
      return typeof decoded.oid === 'string' ? store.users.get(decoded.oid) : undefined;
    } catch {
      return undefined;
    }
  }
  return store.userByUpn(hint);
}

/** The accounts the picker lists: the demo tenant's own accounts (not the thousands a generator adds). */
export function pickerAccounts(store: TenantStore): User[] {
  const domain = `@${store.settings.defaultDomain.toLowerCase()}`;
  return [...store.users.values()].filter((u) => u.accountEnabled && u.userPrincipalName.toLowerCase().endsWith(domain));
}
