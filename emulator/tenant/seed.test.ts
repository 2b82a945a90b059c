import { describe, expect, it } from 'vitest';
import { demoTenant } from './seed.ts';

const NORTHWIND = 'Northwind HR Portal';

function redirectUrisOf(snapshot: ReturnType<typeof demoTenant>, name: string) {
  const sp = snapshot.servicePrincipals.find((s) => s.displayName === name);
  return { spa: sp?.registration?.spaRedirectUris ?? [], web: sp?.registration?.webRedirectUris ?? [] };
}

describe('demoTenant redirect URIs', () => {
  it('registers Northwind HR Portal for the default admin-consent result pages only', () => {
    expect(redirectUrisOf(demoTenant(), NORTHWIND).web).toEqual([
      'https://hr.northwind.example/auth',
      'http://localhost:4180/admin-consent/result',
      'http://localhost:5173/admin-consent/result',
    ]);
  });

  it("extends Northwind's web redirect URIs with the console's extra ones, and no other app's", () => {
    const extra = ['http://localhost:4600/', 'http://localhost:4600/admin-consent/result'];
    const snapshot = demoTenant({ redirectUris: extra });
    expect(redirectUrisOf(snapshot, NORTHWIND).web).toEqual(expect.arrayContaining(extra));
    expect(redirectUrisOf(snapshot, 'Consent Console').spa).toEqual(expect.arrayContaining(extra));
    expect(redirectUrisOf(snapshot, 'Adatum Sign').web).not.toContain('http://localhost:4600/admin-consent/result');
  });
});
