import type { ScreenInfo } from '../../ui/screen-info';
import { READ_APP_PERMISSIONS } from '../../graph/operations/applications';
import { WRITE_APP_ROLE_ASSIGNMENTS } from '../../graph/operations/app-role-assignments';
import { WRITE_GRANTS } from '../../graph/operations/grants';

export const adminConsentScreen: ScreenInfo = {
  title: 'Admin consent',
  path: '/consent/admin',
  summary: "Grant an application tenant-wide consent through Microsoft's admin-consent page, and see what it holds afterwards.",
  operations: [READ_APP_PERMISSIONS],
};

export const urlBuilderScreen: ScreenInfo = {
  title: 'Consent links',
  path: '/consent/url-builder',
  summary: 'Build the admin-consent and consent-prompt links for any application, with the .default rules explained.',
  operations: [],
};

export const directGrantScreen: ScreenInfo = {
  title: 'Grant through Graph',
  path: '/consent/grant',
  summary: 'Grant an application delegated permissions for all users and application permissions through Microsoft Graph, after a preview.',
  operations: [READ_APP_PERMISSIONS],
  writes: [WRITE_GRANTS, WRITE_APP_ROLE_ASSIGNMENTS],
};

export const showcaseScreen: ScreenInfo = {
  title: 'Incremental consent',
  path: '/consent/showcase',
  summary: "A guided tour of incremental consent on the live session: the token's claims before and after each step.",
  // Step 4 reads the console's grants and, for an administrator, adds a scope to them.
  operations: [READ_APP_PERMISSIONS],
  writes: [
    {
      name: 'Incremental consent showcase',
      scopes: ['Calendars.Read', 'Contacts.Read', 'People.Read'],
      reason: 'Asked for one by one, each when you take its step, to show how the token changes.',
    },
    WRITE_GRANTS,
  ],
};
