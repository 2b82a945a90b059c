/**
 * The Graph operations provenance makes (a leaf: no client imports, so a screen's operation list can name
 * them). The audit read needs both scopes (directoryaudit-list: AuditLog.Read.All and Directory.Read.All);
 * the organization read needs more than User.Read for assignedPlans (organization-get.md: with User.Read
 * only id, displayName and verifiedDomains are returned), and Directory.Read.All is asked for the audit anyway.
 */
import type { GraphOperation } from '../graph/operation';

export const READ_PROVENANCE: GraphOperation = {
  name: 'Read who granted each permission',
  scopes: ['AuditLog.Read.All', 'Directory.Read.All'],
  reason: 'Reads the directory audit log’s consent and grant events, to show who granted each permission, when, and from which event.',
};

export const READ_AUDIT_RETENTION: GraphOperation = {
  name: "Read the tenant's Microsoft Entra ID licence",
  scopes: ['Directory.Read.All'],
  reason: 'Reads the organization’s service plans, to say how far back the audit log reaches (7 days on Entra ID Free, 30 with P1 or P2).',
};
