/**
 * Provenance: who granted each delegated grant and app permission, when, and from which audit event.
 * Entra records no author on the grant or the assignment; the directory audit log is the only source, so
 * this joins its events to the grants an app holds now. Each grant is followed through its events oldest
 * first: the event that created it as it now exists (after its last removal) is its origin, the events
 * that widened or narrowed it since are its changes. One act often writes two events (a consent writes
 * "Consent to application" and "Add delegated permission grant"): an event that changes nothing beyond
 * the step before it, by the same actor or with the same correlationId, is folded into that step.
 *
 * The log keeps 7 or 30 days (by licence): a grant whose origin is older has none here, and nothing is
 * guessed for it. Event strings are the tenant's data (any user or app may write names): they pass
 * through as they are, and the screen isolates them.
 */
import type { AuditActivityInitiator, DirectoryAudit, TargetResource } from '@microsoft/microsoft-graph-types';
import { parseConsentPermissions, type ConsentedGrant } from '../graph/consent-action-permissions';
import type { AssignmentSnapshot, GrantSnapshot } from '../graph/entities';
import { modifiedProperty } from '../graph/read-directory-audits';
import { splitScopes } from './scopes';

/** The activities the join reads (reference-audit-activities.md, Core Directory, ApplicationManagement). */
export const PROVENANCE_ACTIVITIES = {
  consent: 'Consent to application',
  addGrant: 'Add delegated permission grant',
  updateGrant: 'Update delegated permission grant',
  removeGrant: 'Remove delegated permission grant',
  addAssignment: 'Add app role assignment to service principal',
  removeAssignment: 'Remove app role assignment from service principal',
} as const;

export type ProvenanceActor =
  | { kind: 'user'; id?: string; displayName?: string; userPrincipalName?: string }
  | { kind: 'app'; appId?: string; servicePrincipalId?: string; displayName?: string }
  | { kind: 'unknown' };

export interface AuditRef {
  id: string;
  activity: string;
  correlationId?: string;
  at: string;
}

export interface ProvenanceStep {
  at: string;
  actor: ProvenanceActor;
  /** The event that names the act: the consent when there is one, else the write. */
  event: AuditRef;
  /** Other events of the same act (the grant write a consent caused). */
  related: AuditRef[];
  /** Set when the act was a consent: for the whole organization (admin consent) or not. */
  consent?: { onBehalfOfAll: boolean };
  /** Scopes (delegated) the step added; an app permission's creation adds its one role id. */
  added: string[];
  removed: string[];
}

export interface Provenance {
  /** The step that created the grant or assignment as it now exists; undefined when the log does not reach it. */
  origin?: ProvenanceStep;
  /** Later widenings and narrowings, oldest first. */
  changes: ProvenanceStep[];
  /**
   * The log's last word is that this was removed, yet it exists: its re-creation is not in the log (yet —
   * events arrive with a delay, or it was made where the log does not record it).
   */
  removal?: ProvenanceStep;
}

export interface ProvenanceInput {
  audits: readonly DirectoryAudit[];
  grants: readonly GrantSnapshot[];
  assignments: readonly AssignmentSnapshot[];
}

export interface ProvenanceResult {
  byGrantId: Map<string, Provenance>;
  byAssignmentId: Map<string, Provenance>;
}

/** What one event says about one grant or assignment: its scopes before (null: it did not exist) and after (null: removed). */
interface Transition {
  key: string;
  before: string[] | null;
  after: string[] | null;
  ref: AuditRef;
  actor: ProvenanceActor;
  consent?: { onBehalfOfAll: boolean };
}

const lower = (value: string | null | undefined) => (value ?? '').trim().toLowerCase();

export const grantKey = (g: { clientId?: string | null; resourceId?: string | null; consentType?: string | null; principalId?: string | null }) => {
  const all = lower(g.consentType) === 'allprincipals';
  return `${lower(g.clientId)}|${lower(g.resourceId)}|${all ? 'all' : `principal:${lower(g.principalId)}`}`;
};

export const assignmentKey = (a: { principalId?: string | null; resourceId?: string | null; appRoleId?: string | null }) =>
  `${lower(a.principalId)}|${lower(a.resourceId)}|${lower(a.appRoleId)}`;

function actorOf(initiatedBy: AuditActivityInitiator | null | undefined): ProvenanceActor {
  const user = initiatedBy?.user;
  if (user && (user.id || user.userPrincipalName)) {
    return { kind: 'user', id: user.id ?? undefined, displayName: user.displayName ?? undefined, userPrincipalName: user.userPrincipalName ?? undefined };
  }
  const app = initiatedBy?.app;
  if (app && (app.appId || app.servicePrincipalId || app.displayName)) {
    return { kind: 'app', appId: app.appId ?? undefined, servicePrincipalId: app.servicePrincipalId ?? undefined, displayName: app.displayName ?? undefined };
  }
  return { kind: 'unknown' };
}

const actorId = (actor: ProvenanceActor) =>
  actor.kind === 'user' ? lower(actor.id ?? actor.userPrincipalName) : actor.kind === 'app' ? lower(actor.appId ?? actor.servicePrincipalId) : '';

const scopesOf = (grants: readonly ConsentedGrant[]) => (grants.length === 0 ? null : grants.flatMap((g) => g.scopes));
const scopeString = (value: string) => (value ? splitScopes(value) : null);

function consentTransitions(audit: DirectoryAudit, target: TargetResource, ref: AuditRef, actor: ProvenanceActor): Transition[] {
  const onBehalfOfAll = modifiedProperty(target, 'ConsentContext.OnBehalfOfAll').toLowerCase() === 'true';
  const { pairs } = parseConsentPermissions(modifiedProperty(target, 'ConsentAction.Permissions'));
  const transitions: Transition[] = [];
  for (const pair of pairs) {
    const grant = pair.after[0] ?? pair.before[0];
    if (!grant?.resourceId) continue;
    // The grant's own client id is the app consented to; the target names it when the record does not.
    const key = grantKey({ ...grant, clientId: grant.clientId ?? target.id });
    transitions.push({ key, before: scopesOf(pair.before), after: scopesOf(pair.after), ref, actor, consent: { onBehalfOfAll } });
  }
  return transitions;
}

function grantWriteTransition(audit: DirectoryAudit, target: TargetResource, ref: AuditRef, actor: ProvenanceActor): Transition | undefined {
  const resourceId = modifiedProperty(target, 'DelegatedPermissionGrant.ResourceId');
  const consentType = modifiedProperty(target, 'DelegatedPermissionGrant.ConsentType');
  if (!target.id || !resourceId || !consentType) return undefined;
  const key = grantKey({ clientId: target.id, resourceId, consentType, principalId: modifiedProperty(target, 'DelegatedPermissionGrant.PrincipalId') });
  const oldScope = modifiedProperty(target, 'DelegatedPermissionGrant.Scope', 'oldValue');
  const newScope = modifiedProperty(target, 'DelegatedPermissionGrant.Scope');
  const activity = audit.activityDisplayName;
  const before = activity === PROVENANCE_ACTIVITIES.addGrant ? null : (scopeString(oldScope) ?? []);
  const after = activity === PROVENANCE_ACTIVITIES.removeGrant ? null : (scopeString(newScope) ?? []);
  return { key, before, after, ref, actor };
}

function assignmentTransition(audit: DirectoryAudit, target: TargetResource, ref: AuditRef, actor: ProvenanceActor): Transition | undefined {
  const either = (name: string) => modifiedProperty(target, name) || modifiedProperty(target, name, 'oldValue');
  const appRoleId = either('AppRole.Id');
  const resourceId = either('AppRoleAssignment.ResourceId');
  if (!target.id || !appRoleId || !resourceId) return undefined;
  const key = assignmentKey({ principalId: target.id, resourceId, appRoleId });
  const added = audit.activityDisplayName === PROVENANCE_ACTIVITIES.addAssignment;
  return { key, before: added ? null : [appRoleId], after: added ? [appRoleId] : null, ref, actor };
}

/** Every transition the log records, oldest first (the log lists the newest first; equal times keep the acts' order). */
function transitionsOf(audits: readonly DirectoryAudit[]): { grants: Transition[]; assignments: Transition[] } {
  const grants: Transition[] = [];
  const assignments: Transition[] = [];
  const oldestFirst = [...audits].reverse().filter((a) => a.id && a.activityDateTime && (!a.result || a.result === 'success'));
  oldestFirst.sort((a, b) => Date.parse(a.activityDateTime!) - Date.parse(b.activityDateTime!));
  for (const audit of oldestFirst) {
    const ref: AuditRef = {
      id: audit.id!,
      activity: audit.activityDisplayName ?? '',
      correlationId: audit.correlationId ?? undefined,
      at: audit.activityDateTime!,
    };
    const actor = actorOf(audit.initiatedBy);
    for (const target of audit.targetResources ?? []) {
      if (target.type !== 'ServicePrincipal') continue;
      switch (audit.activityDisplayName) {
        case PROVENANCE_ACTIVITIES.consent:
          grants.push(...consentTransitions(audit, target, ref, actor));
          break;
        case PROVENANCE_ACTIVITIES.addGrant:
        case PROVENANCE_ACTIVITIES.updateGrant:
        case PROVENANCE_ACTIVITIES.removeGrant: {
          const t = grantWriteTransition(audit, target, ref, actor);
          if (t) grants.push(t);
          break;
        }
        case PROVENANCE_ACTIVITIES.addAssignment:
        case PROVENANCE_ACTIVITIES.removeAssignment: {
          const t = assignmentTransition(audit, target, ref, actor);
          if (t) assignments.push(t);
          break;
        }
      }
    }
  }
  return { grants, assignments };
}

const without = (scopes: readonly string[], remove: readonly string[]) => {
  const gone = new Set(remove.map(lower));
  return scopes.filter((s) => !gone.has(lower(s)));
};

/** One grant's (or assignment's) history replayed: the origin as it now exists and its changes since. */
function replay(transitions: readonly Transition[]): Provenance {
  let present: string[] | undefined; // undefined: not known to exist (before the log reaches, or removed)
  let result: Provenance = { changes: [] };
  for (const t of transitions) {
    const step = (added: string[], removed: string[]): ProvenanceStep => ({
      at: t.ref.at,
      actor: t.actor,
      event: t.ref,
      related: [],
      ...(t.consent ? { consent: t.consent } : {}),
      added,
      removed,
    });
    if (t.after === null) {
      result = { changes: [], removal: step([], present ?? t.before ?? []) };
      present = undefined;
      continue;
    }
    if (present === undefined && t.before === null) {
      present = t.after;
      result = { origin: step(t.after, []), changes: [] };
      continue;
    }
    const base = present ?? t.before ?? [];
    const added = without(t.after, base);
    const removed = without(base, t.after);
    present = t.after;
    if (added.length > 0 || removed.length > 0) {
      result.changes.push(step(added, removed));
      continue;
    }
    // Nothing changed: the second event of an act already recorded, or a repeat (a consent to what is held).
    const last = result.changes.at(-1) ?? result.origin;
    const sameAct =
      last && ((t.ref.correlationId && t.ref.correlationId === last.event.correlationId) || (actorId(t.actor) && actorId(t.actor) === actorId(last.actor)));
    if (!last || !sameAct) continue;
    if (t.consent && !last.consent) {
      // The consent names the act better than the write it caused.
      last.related.push(last.event);
      last.event = t.ref;
      last.consent = t.consent;
    } else last.related.push(t.ref);
  }
  return result;
}

function group(transitions: readonly Transition[]): Map<string, Transition[]> {
  const byKey = new Map<string, Transition[]>();
  for (const t of transitions) byKey.set(t.key, [...(byKey.get(t.key) ?? []), t]);
  return byKey;
}

/** The provenance of each grant and assignment given, by id; the events of anything else are ignored. */
export function joinProvenance({ audits, grants, assignments }: ProvenanceInput): ProvenanceResult {
  const transitions = transitionsOf(audits);
  const grantEvents = group(transitions.grants);
  const assignmentEvents = group(transitions.assignments);
  return {
    byGrantId: new Map(grants.map((g) => [g.id, replay(grantEvents.get(grantKey(g)) ?? [])])),
    byAssignmentId: new Map(assignments.map((a) => [a.id, replay(assignmentEvents.get(assignmentKey(a)) ?? [])])),
  };
}
