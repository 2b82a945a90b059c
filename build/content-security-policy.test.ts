import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { apiOrigins, contentSecurityPolicy, contentSecurityPolicyPlugin, EMPTY_STYLE_HASH, securityHeaders } from './content-security-policy';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('content security policy', () => {
  it('demo: connect-src is exactly the emulator identity origin and its Graph port (identity + 1)', () => {
    const env = { VITE_MODE: 'demo', VITE_EMULATOR_URL: 'http://localhost:4910/' };
    expect(apiOrigins(env)).toEqual({ identity: 'http://localhost:4910', graph: 'http://localhost:4911' });
    expect(directives(contentSecurityPolicy(env)).get('connect-src')).toEqual(['http://localhost:4910', 'http://localhost:4911']);
  });

  it('demo: an explicit emulator Graph origin wins', () => {
    expect(apiOrigins({ VITE_MODE: 'demo', VITE_EMULATOR_GRAPH_URL: 'http://127.0.0.1:9000/v1.0' }).graph).toBe('http://127.0.0.1:9000');
  });

  it('live: Microsoft identity platform and Graph (or the configured national cloud)', () => {
    expect(apiOrigins({ MODE: 'live', VITE_CLIENT_ID: 'x' })).toEqual({
      identity: 'https://login.microsoftonline.com',
      graph: 'https://graph.microsoft.com',
    });
    expect(apiOrigins({ VITE_MODE: 'live', VITE_GRAPH_BASE_URL: 'https://graph.microsoft.us/' }).graph).toBe('https://graph.microsoft.us');
  });

  it('never allows inline script, eval or inline style text', () => {
    const policy = contentSecurityPolicy({ VITE_MODE: 'live' });
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
    const map = directives(policy);
    expect(map.get('default-src')).toEqual(["'none'"]);
    expect(map.get('script-src')).toEqual(["'self'"]);
    expect(map.get('object-src')).toEqual(["'none'"]);
    expect(map.get('base-uri')).toEqual(["'none'"]);
  });

  it('the style hash is the hash of an empty style element (what Griffel creates before insertRule)', () => {
    const digest = createHash('sha256').update('').digest('base64');
    expect(EMPTY_STYLE_HASH).toBe(`'sha256-${digest}'`);
  });

  it('the host headers forbid framing, sniffing and referrers', () => {
    const headers = securityHeaders({ VITE_MODE: 'live' });
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
  });

  it('the plugin puts the policy right after <meta charset> and refuses inline style or script', () => {
    const plugin = contentSecurityPolicyPlugin({ VITE_MODE: 'live' });
    const hook = plugin.transformIndexHtml as { handler: (html: string) => string };
    const html = hook.handler('<html><head>\n<meta charset="UTF-8" />\n<title>x</title><script type="module" src="/a.js"></script></head></html>');
    expect(html).toMatch(/<meta charset="UTF-8" \/>\n\s*<meta http-equiv="Content-Security-Policy" content="default-src 'none'; /);
    expect(() => hook.handler('<html><head><style>body{}</style></head></html>')).toThrow(/inline/);
    expect(() => hook.handler('<html><head><script>alert(1)</script></head></html>')).toThrow(/inline/);
  });
});
