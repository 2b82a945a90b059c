// A seed variant for hardening tests: third-party apps whose names, descriptions and URLs are crafted the
// way attackers craft them — markup and script in names, javascript:/data: URLs, 10,000-character names,
// right-to-left override characters (one left open), emoji, and names that impersonate other apps (the same
// name from an unverified and from a verified third party, Cyrillic and Greek letters, a zero-width space).
import { IDS } from './seed.ts';
import type { TenantSnapshot } from './store.ts';
import type { ServicePrincipal } from './types.ts';

export const HOSTILE_IDS = {
  scriptName: '30000000-0000-4000-8000-000000000001',
  javascriptUrls: '30000000-0000-4000-8000-000000000002',
  longName: '30000000-0000-4000-8000-000000000003',
  rtlOverride: '30000000-0000-4000-8000-000000000004',
  emoji: '30000000-0000-4000-8000-000000000005',
  impostor: '30000000-0000-4000-8000-000000000006',
  cyrillicLookalike: '30000000-0000-4000-8000-000000000007',
  zeroWidthLookalike: '30000000-0000-4000-8000-000000000008',
  verifiedLookalike: '30000000-0000-4000-8000-000000000009',
  greekLookalike: '30000000-0000-4000-8000-000000000010',
  rtlUnclosed: '30000000-0000-4000-8000-000000000011',
} as const;

const LONG_NAME = `Very long app name ${'abcdefghij'.repeat(999)}`.slice(0, 10_000);

function hostileApp(id: string, appIdSuffix: string, fields: Partial<ServicePrincipal>): ServicePrincipal {
  const appId = `40000000-0000-4000-8000-${appIdSuffix.padStart(12, '0')}`;
  return {
    id,
    appId,
    displayName: 'Hostile app',
    appDisplayName: fields.displayName ?? 'Hostile app',
    appDescription: null,
    description: null,
    publisherName: 'unknown',
    verifiedPublisher: { displayName: null, verifiedPublisherId: null, addedDateTime: null },
    appOwnerOrganizationId: '66666666-6666-4666-8666-666666666666',
    servicePrincipalType: 'Application',
    accountEnabled: true,
    tags: ['WindowsAzureActiveDirectoryIntegratedApp'],
    homepage: null,
    info: { logoUrl: null, marketingUrl: null, privacyStatementUrl: null, supportUrl: null, termsOfServiceUrl: null },
    replyUrls: [],
    servicePrincipalNames: [appId],
    oauth2PermissionScopes: [],
    appRoles: [],
    createdDateTime: '2026-04-01T00:00:00Z',
    ...fields,
  };
}

export function withHostileApps(base: TenantSnapshot): TenantSnapshot {
  const apps: ServicePrincipal[] = [
    hostileApp(HOSTILE_IDS.scriptName, '1', {
      displayName: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>Invoice Viewer',
      description: '<b onmouseover="window.__pwned=1">Totally safe</b> <a href="javascript:window.__pwned=1">click</a>',
      publisherName: '<script>window.__pwned=1</script>',
      homepage: 'https://invoices.example/',
    }),
    hostileApp(HOSTILE_IDS.javascriptUrls, '2', {
      displayName: 'Link Trap',
      homepage: 'javascript:window.__pwned=1',
      info: {
        logoUrl: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=1"/>',
        marketingUrl: 'data:text/html,<script>window.__pwned=1</script>',
        privacyStatementUrl: 'JaVaScRiPt:window.__pwned=1',
        supportUrl: 'vbscript:msgbox(1)',
        termsOfServiceUrl: ' javascript:window.__pwned=1',
      },
      replyUrls: ['javascript:window.__pwned=1//', 'https://link-trap.example/callback'],
    }),
    hostileApp(HOSTILE_IDS.longName, '3', { displayName: LONG_NAME }),
    hostileApp(HOSTILE_IDS.rtlOverride, '4', { displayName: 'Payroll \u202Efdp.exe\u202C Export', publisherName: 'Pay\u202Eroll' }),
    hostileApp(HOSTILE_IDS.emoji, '5', { displayName: '📎 Attachments 🚀 Pro 👩🏽‍💻', publisherName: '🦊 Fox Apps' }),
    hostileApp(HOSTILE_IDS.impostor, '6', { displayName: 'Microsoft Graph', publisherName: 'Microsoft', homepage: 'https://graph-microsoft.example/' }),
    hostileApp(HOSTILE_IDS.cyrillicLookalike, '7', { displayName: '\u041C\u0456\u0441rosoft Graph', publisherName: 'Microsoft' }),
    hostileApp(HOSTILE_IDS.zeroWidthLookalike, '8', { displayName: 'Microsoft\u200B Graph', publisherName: 'Microsoft' }),
    hostileApp(HOSTILE_IDS.verifiedLookalike, '9', {
      displayName: 'Microsoft Graph',
      publisherName: 'Graph Tools Ltd',
      verifiedPublisher: { displayName: 'Graph Tools Ltd', verifiedPublisherId: '9100001', addedDateTime: '2026-03-01T00:00:00Z' },
    }),
    hostileApp(HOSTILE_IDS.greekLookalike, '10', { displayName: 'Micr\u03BFsoft Graph', publisherName: 'Micr\u03BFsoft' }),
    hostileApp(HOSTILE_IDS.rtlUnclosed, '11', { displayName: 'Quarterly Report\u202E', publisherName: 'Reports\u202E' }),
  ];
  const grants = apps.map((app, i) => ({
    id: `HostileGrant${String(i).padStart(31, '0')}`,
    clientId: app.id,
    consentType: 'Principal' as const,
    principalId: IDS.users.megan,
    resourceId: IDS.sps.graph,
    scope: i % 2 === 0 ? 'User.Read Mail.Read offline_access' : 'User.Read',
  }));
  return { ...base, servicePrincipals: [...base.servicePrincipals, ...apps], grants: [...base.grants, ...grants] };
}
