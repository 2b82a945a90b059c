/**
 * The console's Content-Security-Policy, computed at build time from the same env the console reads,
 * and a Vite plugin that ships it as a <meta http-equiv> in index.html (production builds only).
 * See docs/security.md for why each directive is what it is, and the headers a host must add.
 */
import type { Plugin } from 'vite';
import { DEFAULT_EMULATOR_URL, LOGIN_HOST, readMode, type ConsoleEnv } from '../src/auth/auth-config.ts';

export interface CspEnv extends ConsoleEnv {
  /** Demo only: the emulator's Graph origin when it is not the identity port + 1. */
  VITE_EMULATOR_GRAPH_URL?: string;
}

/**
 * Fluent UI's style engine (Griffel) and FluentProvider create EMPTY <style> elements and fill them
 * through CSSOM (sheet.insertRule), which CSP does not restrict. An empty inline style block hashes to
 * this value, so allowing it admits those elements and no inline CSS text at all.
 */
export const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

function origin(value: string, name: string): string {
  try {
    return new URL(value).origin;
  } catch {
    throw new Error(`${name} must be an absolute URL, not "${value}".`);
  }
}

/** The identity and Graph origins the console talks to, by mode. */
export function apiOrigins(env: CspEnv): { identity: string; graph: string } {
  if (readMode(env) === 'live') {
    return {
      identity: `https://${LOGIN_HOST}`,
      graph: origin(env.VITE_GRAPH_BASE_URL?.trim() || 'https://graph.microsoft.com', 'VITE_GRAPH_BASE_URL'),
    };
  }
  const identity = origin(env.VITE_EMULATOR_URL?.trim() || DEFAULT_EMULATOR_URL, 'VITE_EMULATOR_URL');
  const explicitGraph = env.VITE_EMULATOR_GRAPH_URL?.trim();
  if (explicitGraph) return { identity, graph: origin(explicitGraph, 'VITE_EMULATOR_GRAPH_URL') };
  // The emulator serves Graph on its identity port + 1 unless told otherwise (emulator/index.ts).
  const url = new URL(identity);
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  url.port = String(port + 1);
  return { identity, graph: url.origin };
}

export function contentSecurityPolicy(env: CspEnv): string {
  const { identity, graph } = apiOrigins(env);
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' ${EMPTY_STYLE_HASH}`,
    "img-src 'self'",
    "font-src 'self'",
    `connect-src ${identity} ${graph}`,
    // MSAL falls back to a hidden iframe on the identity origin when a refresh token cannot be used.
    `frame-src ${identity}`,
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Headers a host must send with every response (see docs/security.md); `vite preview` sends them too. */
export function securityHeaders(env: CspEnv): Record<string, string> {
  return {
    // frame-ancestors is ignored in a <meta> policy: only a header can forbid framing.
    'Content-Security-Policy': `${contentSecurityPolicy(env)}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  };
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Puts the policy first in <head>, before anything it governs. Build only: the dev server needs inline scripts. */
export function contentSecurityPolicyPlugin(env: CspEnv): Plugin {
  return {
    name: 'consent-console-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        if (/<style[\s>]/i.test(html) || /<script(?![^>]*\bsrc=)[^>]*>/i.test(html)) {
          throw new Error('index.html must not hold inline <style> or <script>: the Content-Security-Policy forbids them.');
        }
        const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(env))}" />`;
        // Right after <meta charset>, before every element the policy governs.
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        return charset.test(html) ? html.replace(charset, (m) => `${m}\n    ${meta}`) : html.replace(/<head>/i, `<head>\n    ${meta}`);
      },
    },
  };
}
