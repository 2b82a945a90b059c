// The demo tenant's access-review data (ids fixed, see emulator/README.md), dated relative to the start-up
// day like the consent requests: the application objects of the two apps registered in this tenant with
// their secrets and certificates (one secret expired, one expiring within 30 days, an expired certificate),
// a service principal's own SAML signing certificate expiring within 30 days, owners (three apps have none),
// and sign-in activity — two apps holding high-risk permissions have not signed in for over 90 days
// (Mail Helper Pro: Mail.ReadWrite; Tailspin Admin Automation: Directory.ReadWrite.All, Mail.ReadWrite),
// one low-risk app neither (Quick PDF Tools), and the rest recently.
import { IDS } from './demo-ids.ts';
import { daysAgo } from './seed-builders.ts';
import type { KeyCredential, PasswordCredential, ServicePrincipal, SignInTimes } from './types.ts';

export const HYGIENE_IDS = {
  applications: {
    console: '30000000-0000-4000-8000-000000000010',
    daemon: '30000000-0000-4000-8000-000000000011',
  },
  credentials: {
    consoleCertificate: '31000000-0000-4000-8000-000000000001',
    daemonSecretCurrent: '31000000-0000-4000-8000-000000000002',
    daemonSecretExpired: '31000000-0000-4000-8000-000000000003',
    daemonCertificateExpired: '31000000-0000-4000-8000-000000000004',
    litwareSamlCertificate: '31000000-0000-4000-8000-000000000005',
  },
} as const;

/** Apps holding high-risk permissions with no sign-in in the last 90 days. */
export const UNUSED_HIGH_RISK = [IDS.sps.mailHelper, IDS.sps.tailspinAutomation] as const;

/** Apps (service principals, and application objects where there is one) without owners. */
export const OWNERLESS = [IDS.sps.daemon, IDS.sps.quickPdf, IDS.sps.tailspinAutomation] as const;

function secret(keyId: string, displayName: string, hint: string, start: string, end: string): PasswordCredential {
  return { keyId, displayName, hint, startDateTime: start, endDateTime: end };
}

function certificate(keyId: string, displayName: string, start: string, end: string, usage: KeyCredential['usage'] = 'Verify'): KeyCredential {
  const thumbprint = keyId.replace(/-/g, '').slice(0, 40).padEnd(40, '0').toUpperCase();
  return { keyId, displayName, startDateTime: start, endDateTime: end, customKeyIdentifier: thumbprint, usage };
}

/** Adds application objects, credentials, owners and sign-in activity to the demo's service principals. */
export function withAccessReviewData(servicePrincipals: ServicePrincipal[], now = Date.now()): ServicePrincipal[] {
  const s = IDS.sps;
  const u = IDS.users;
  const c = HYGIENE_IDS.credentials;
  const ago = (days: number) => daysAgo(now, days);
  const owners: Record<string, string[]> = {
    [s.console]: [u.admin],
    [s.adatumSign]: [u.cloudApp],
    [s.fabrikamCalendar]: [u.cloudApp],
    [s.litwareNotes]: [u.appAdmin],
    [s.northwindHr]: [u.appAdmin, u.pradeep],
    [s.mailHelper]: [u.megan],
  };
  const signIns: Record<string, SignInTimes> = {
    [s.graph]: { delegatedResource: ago(0), applicationResource: ago(1) },
    [s.sharepoint]: { delegatedResource: ago(14) },
    [s.console]: { delegatedClient: ago(0) },
    [s.daemon]: { applicationClient: ago(1) },
    [s.adatumSign]: { delegatedClient: ago(5), applicationClient: ago(6) },
    [s.fabrikamCalendar]: { delegatedClient: ago(2) },
    [s.litwareNotes]: { delegatedClient: ago(14) },
    [s.northwindHr]: { delegatedClient: ago(30) },
    [s.mailHelper]: { delegatedClient: ago(120) },
    [s.quickPdf]: { delegatedClient: ago(150) },
    [s.tailspinAutomation]: { applicationClient: ago(200) },
  };
  return servicePrincipals.map((sp) => {
    const out: ServicePrincipal = { ...sp, ownerIds: owners[sp.id] ?? [] };
    if (signIns[sp.id]) out.signIns = signIns[sp.id];
    if (sp.id === s.litwareNotes) {
      out.credentials = {
        passwordCredentials: [],
        keyCredentials: [certificate(c.litwareSamlCertificate, 'CN=Litware SAML signing', ago(355), ago(-12), 'Sign')],
      };
    }
    if (sp.id === s.console && sp.registration) {
      out.registration = {
        ...sp.registration,
        application: {
          id: HYGIENE_IDS.applications.console,
          createdDateTime: sp.createdDateTime,
          ownerIds: [u.admin, u.cloudApp],
          passwordCredentials: [],
          keyCredentials: [certificate(c.consoleCertificate, 'CN=consent-console', ago(65), ago(-300))],
        },
      };
    }
    if (sp.id === s.daemon && sp.registration) {
      out.registration = {
        ...sp.registration,
        application: {
          id: HYGIENE_IDS.applications.daemon,
          createdDateTime: sp.createdDateTime,
          ownerIds: [],
          passwordCredentials: [
            secret(c.daemonSecretCurrent, 'Nightly sync', sp.registration.clientSecrets[0]!.slice(0, 3), ago(345), ago(-21)),
            secret(c.daemonSecretExpired, 'Nightly sync (previous)', 'old', ago(400), ago(35)),
          ],
          keyCredentials: [certificate(c.daemonCertificateExpired, 'CN=sync.contoso.example', ago(375), ago(10))],
        },
      };
    }
    return out;
  });
}
