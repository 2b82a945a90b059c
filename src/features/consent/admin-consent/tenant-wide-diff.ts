/**
 * What an admin consent changed, from the app's tenant-wide permissions before the redirect and after
 * the return. Admin consent with `/.default` replaces the AllPrincipals grant's scopes with what the
 * app registration configures, so scopes granted before and no longer configured are REMOVED; named
 * scopes only add. Pure: the result page reads, this compares.
 */
import type { AssignmentSnapshot, GrantSnapshot } from '../../../changes/types';
import type { TenantWideSnapshot } from '../../../graph/app-consent';
import { scopesMissingFrom, splitScopes } from '../../../permissions/scopes';

export interface GrantChange {
  resourceId: string;
  before: GrantSnapshot | null;
  after: GrantSnapshot | null;
  added: string[];
  removed: string[];
}

export interface TenantWideDiff {
  grants: GrantChange[];
  assignmentsAdded: AssignmentSnapshot[];
  assignmentsRemoved: AssignmentSnapshot[];
}

export function diffTenantWide(before: TenantWideSnapshot, after: TenantWideSnapshot): TenantWideDiff {
  const byResource = (grants: readonly GrantSnapshot[]) => new Map(grants.map((g) => [g.resourceId, g]));
  const was = byResource(before.grants);
  const now = byResource(after.grants);
  const grants: GrantChange[] = [];
  for (const resourceId of new Set([...was.keys(), ...now.keys()])) {
    const b = was.get(resourceId) ?? null;
    const a = now.get(resourceId) ?? null;
    const added = scopesMissingFrom(a?.scope ?? '', b?.scope ?? '');
    const removed = scopesMissingFrom(b?.scope ?? '', a?.scope ?? '');
    if (added.length > 0 || removed.length > 0) grants.push({ resourceId, before: b, after: a, added, removed });
  }
  const key = (x: AssignmentSnapshot) => `${x.resourceId}|${x.appRoleId}`;
  const had = new Set(before.assignments.map(key));
  const has = new Set(after.assignments.map(key));
  return {
    grants,
    assignmentsAdded: after.assignments.filter((x) => !had.has(key(x))),
    assignmentsRemoved: before.assignments.filter((x) => !has.has(key(x))),
  };
}

export const isUnchanged = (diff: TenantWideDiff) => diff.grants.length === 0 && diff.assignmentsAdded.length === 0 && diff.assignmentsRemoved.length === 0;

/** The delegated scope values the endpoint reported granted (it reports full URIs, https://graph.microsoft.com/User.Read). */
export function reportedScopeValues(grantedScopes: readonly string[]): string[] {
  return grantedScopes.map((s) => s.slice(s.lastIndexOf('/') + 1)).filter((v) => v && v.toLowerCase() !== '.default');
}

/**
 * Whether the tenant-wide permissions now show the consent: something changed, or every delegated scope
 * the endpoint reported granted is held (a consent to what was granted already changes nothing). With
 * no scope reported (a /.default answer), an unchanged read proves nothing: the reads go on.
 */
export function showsConsent(diff: TenantWideDiff, after: TenantWideSnapshot, grantedScopes: readonly string[]): boolean {
  if (!isUnchanged(diff)) return true;
  const held = new Set(after.grants.flatMap((g) => splitScopes(g.scope)).map((s) => s.toLowerCase()));
  const values = reportedScopeValues(grantedScopes);
  return values.length > 0 && values.every((v) => held.has(v.toLowerCase()));
}

/** Why an admin consent left the tenant-wide permissions unchanged, as far as reads can tell. */
export type Unchanged = 'granted-already' | 'not-yet-visible' | 'cannot-tell';

export function unchangedReason(visible: boolean, grantedScopes: readonly string[]): Unchanged {
  if (reportedScopeValues(grantedScopes).length === 0) return 'cannot-tell';
  return visible ? 'granted-already' : 'not-yet-visible';
}
