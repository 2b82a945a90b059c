/**
 * The Graph reads hygiene makes (a leaf: no client imports, so a screen's operation list can name them).
 * Application objects carry the registration's secrets and certificates (application-list.md: Application.Read.All);
 * the ownerless query counts owners (servicePrincipal owners property, aad-advanced-queries.md: an advanced query);
 * the sign-in activity report is a beta API (reportroot-list-serviceprincipalsigninactivities.md: AuditLog.Read.All)
 * that needs Microsoft Entra ID P1 or P2.
 */
import type { GraphOperation } from '../graph/operation';

export const READ_APP_CREDENTIALS: GraphOperation = {
  name: "Read app registrations' credentials",
  scopes: ['Application.Read.All'],
  reason: 'Reads the secrets’ and certificates’ names and end dates of the apps registered in this tenant (never the secrets), to show which expire.',
};

export const READ_OWNERLESS_APPS: GraphOperation = {
  name: 'Read which applications have no owner',
  scopes: ['Application.Read.All'],
  reason: 'Counts the owners of every application (service principal) in one query, to list the apps nobody owns.',
};

export const READ_SIGN_IN_ACTIVITY: GraphOperation = {
  name: "Read applications' last sign-in (beta)",
  scopes: ['AuditLog.Read.All'],
  reason: 'Reads the beta sign-in activity report, to tell which apps holding high-risk permissions have not signed in for 90 days.',
};

export const HYGIENE_OPERATIONS: readonly GraphOperation[] = [READ_APP_CREDENTIALS, READ_OWNERLESS_APPS, READ_SIGN_IN_ACTIVITY];
