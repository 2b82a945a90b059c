// Directory audit events as Graph's /auditLogs/directoryAudits returns them: the ones the store writes
// for every change and consent, and the seed's consent history, built by the same functions.
import { randomUUID } from 'node:crypto';
import type { AppRoleAssignment, AuditEvent, OAuth2PermissionGrant, ServicePrincipal, User } from './types.ts';

/** Who made a change: a signed-in user, an app acting as itself, or both (an app on behalf of a user). */
export interface Actor {
  user?: User;
  app?: ServicePrincipal;
}

export interface AuditInput {
  activityDisplayName: string;
  category: string;
  operationType: AuditEvent['operationType'];
  actor: Actor;
  targets: AuditEvent['targetResources'];
  result?: AuditEvent['result'];
}

/** Ids and time are fresh unless given (the seed's history has fixed ones). */
export interface AuditIdentity {
  id?: string;
  correlationId?: string;
  at?: string;
}

export function auditEvent(event: AuditInput, fixed: AuditIdentity = {}): AuditEvent {
  const { user, app } = event.actor;
  return {
    id: fixed.id ?? `Directory_${randomUUID()}`,
    category: event.category,
    correlationId: fixed.correlationId ?? randomUUID(),
    result: event.result ?? 'success',
    resultReason: '',
    activityDisplayName: event.activityDisplayName,
    activityDateTime: fixed.at ?? new Date().toISOString(),
    loggedByService: 'Core Directory',
    operationType: event.operationType,
    initiatedBy: {
      user: user ? { id: user.id, displayName: user.displayName, userPrincipalName: user.userPrincipalName, ipAddress: null } : null,
      app: app ? { appId: app.appId, displayName: app.displayName, servicePrincipalId: app.id, servicePrincipalName: null } : null,
    },
    targetResources: event.targets,
    additionalDetails: [],
  };
}

/** One grant a consent created, changed or removed: the grant before and after (null: none). */
export interface GrantChange {
  before: OAuth2PermissionGrant | null;
  after: OAuth2PermissionGrant | null;
}

export interface ConsentDetails {
  /** Consent for the whole organization (an admin's tenant-wide consent). */
  onBehalfOfAll: boolean;
  changes: GrantChange[];
  /** Only app roles were granted (admin consent of an app with application permissions only). */
  appOnly?: boolean;
}

/** Entra writes string values of modified properties wrapped in double quotes: "\"True\"". */
export function quoted(value: string): string {
  return `"${value}"`;
}

/** A grant as ConsentAction.Permissions spells it (Entra leaves the two dates empty). */
function grantRecord(g: OAuth2PermissionGrant): string {
  return `[Id: ${g.id}, ClientId: ${g.clientId}, PrincipalId: ${g.principalId ?? ''}, ResourceId: ${g.resourceId}, ConsentType: ${g.consentType}, Scope: ${g.scope}, CreatedDateTime: , LastModifiedDateTime: ]`;
}

/**
 * ConsentAction.Permissions: for each grant the consent touched, `[old] => [new]; ` — e.g.
 * `[] => [[Id: …, Scope: User.Read, …]]; ` for a new grant, `[[… User.Read …]] => [[… User.Read Mail.Read …]]; `
 * for an amended one (the real log's structured form, not a scope list).
 */
export function consentPermissions(changes: readonly GrantChange[]): string {
  const side = (g: OAuth2PermissionGrant | null) => (g ? `[${grantRecord(g)}]` : '[]');
  return changes.map((c) => `${side(c.before)} => ${side(c.after)}; `).join('');
}

/** "Consent to application", with the modified properties the real log carries. */
export function consentEvent(client: ServicePrincipal, actor: Actor, details: ConsentDetails, fixed?: AuditIdentity): AuditEvent {
  const bool = (value: boolean) => quoted(value ? 'True' : 'False');
  const property = (displayName: string, newValue: string) => ({ displayName, oldValue: null, newValue });
  return auditEvent(
    {
      activityDisplayName: 'Consent to application',
      category: 'ApplicationManagement',
      operationType: 'Assign',
      actor,
      targets: [
        {
          id: client.id,
          displayName: client.displayName,
          type: 'ServicePrincipal',
          userPrincipalName: null,
          modifiedProperties: [
            property('ConsentContext.IsAdminConsent', bool(details.onBehalfOfAll)),
            property('ConsentContext.IsAppOnly', bool(details.appOnly ?? false)),
            property('ConsentContext.OnBehalfOfAll', bool(details.onBehalfOfAll)),
            property('ConsentContext.Tags', quoted(client.tags.join(', '))),
            property('ConsentAction.Permissions', quoted(consentPermissions(details.changes))),
            property('TargetId.ServicePrincipalNames', quoted(client.appId)),
          ],
        },
      ],
    },
    fixed,
  );
}

/**
 * "Add service principal" (reference-audit-activities.md, Core Directory, ApplicationManagement): written when
 * Entra creates an app's service principal in the tenant, e.g. on the first consent to a multi-tenant app.
 * The docs give no modifiedProperties; the emulator writes the new object's identity as JSON arrays, the
 * shape the real log uses for object properties (stated in docs/emulator-fidelity.md).
 */
export function servicePrincipalAddedEvent(sp: ServicePrincipal, actor: Actor): AuditEvent {
  const added = (displayName: string, value: unknown) => ({ displayName, oldValue: '[]', newValue: JSON.stringify([value]) });
  return auditEvent({
    activityDisplayName: 'Add service principal',
    category: 'ApplicationManagement',
    operationType: 'Add',
    actor,
    targets: [
      {
        id: sp.id,
        displayName: sp.displayName,
        type: 'ServicePrincipal',
        userPrincipalName: null,
        modifiedProperties: [
          added('AccountEnabled', sp.accountEnabled),
          added('AppPrincipalId', sp.appId),
          added('DisplayName', sp.displayName),
          added('ServicePrincipalName', sp.appId),
        ],
      },
    ],
  });
}

export function grantChangeEvent(
  activity: string,
  operationType: AuditEvent['operationType'],
  grant: OAuth2PermissionGrant,
  clientName: string | null,
  scopes: { old: string | null; new: string | null },
  actor: Actor,
  fixed?: AuditIdentity,
): AuditEvent {
  return auditEvent(
    {
      activityDisplayName: activity,
      category: 'ApplicationManagement',
      operationType,
      actor,
      targets: [
        {
          id: grant.clientId,
          displayName: clientName,
          type: 'ServicePrincipal',
          userPrincipalName: null,
          modifiedProperties: [
            { displayName: 'DelegatedPermissionGrant.Scope', oldValue: scopes.old, newValue: scopes.new },
            { displayName: 'DelegatedPermissionGrant.ConsentType', oldValue: null, newValue: grant.consentType },
            { displayName: 'DelegatedPermissionGrant.PrincipalId', oldValue: null, newValue: grant.principalId },
            { displayName: 'DelegatedPermissionGrant.ResourceId', oldValue: null, newValue: grant.resourceId },
          ],
        },
      ],
    },
    fixed,
  );
}

/** Entra names the assignment events after the kind of principal that holds (or held) the role. */
const ASSIGNMENT_ACTIVITY: Record<AppRoleAssignment['principalType'], { add: string; remove: string }> = {
  ServicePrincipal: { add: 'Add app role assignment to service principal', remove: 'Remove app role assignment from service principal' },
  User: { add: 'Add app role assignment grant to user', remove: 'Remove app role assignment from user' },
  Group: { add: 'Add app role assignment to group', remove: 'Remove app role assignment from group' },
};

export function assignmentChangeEvent(change: 'add' | 'remove', a: AppRoleAssignment, actor: Actor): AuditEvent {
  return auditEvent({
    activityDisplayName: ASSIGNMENT_ACTIVITY[a.principalType][change],
    category: a.principalType === 'ServicePrincipal' ? 'ApplicationManagement' : a.principalType === 'User' ? 'UserManagement' : 'GroupManagement',
    operationType: change === 'add' ? 'Assign' : 'Unassign',
    actor,
    targets: [
      {
        id: a.principalId,
        displayName: a.principalDisplayName,
        type: a.principalType,
        userPrincipalName: null,
        modifiedProperties: [
          { displayName: 'AppRole.Id', oldValue: null, newValue: a.appRoleId },
          { displayName: 'AppRoleAssignment.ResourceId', oldValue: null, newValue: a.resourceId },
        ],
      },
    ],
  });
}

/** A policy object an event names as its target (type as the log spells it: 'Policy'). */
export interface PolicyTarget {
  id: string;
  displayName: string | null;
}

/**
 * A policy write as the log records it: the activity and category are the documented ones
 * (reference-audit-activities.md, Core Directory: AuthorizationPolicy "Update authorization policy",
 * PermissionGrantPolicy "Add/Update/Delete permission grant policy", Policy "Update policy"). The docs do not
 * give these events' modifiedProperties: the emulator writes each changed property with its old and new value
 * as JSON (stated in docs/emulator-fidelity.md).
 */
export function policyChangeInput(
  activity: string,
  category: string,
  operationType: AuditEvent['operationType'],
  target: PolicyTarget,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  actor: Actor,
): AuditInput {
  const names = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
  const modifiedProperties = names
    .filter((name) => json(before?.[name]) !== json(after?.[name]))
    .map((name) => ({ displayName: name, oldValue: json(before?.[name]), newValue: json(after?.[name]) }));
  return {
    activityDisplayName: activity,
    category,
    operationType,
    actor,
    targets: [{ id: target.id, displayName: target.displayName, type: 'Policy', userPrincipalName: null, modifiedProperties }],
  };
}
