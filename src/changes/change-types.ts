/** The shapes the change engine works with: a change, who makes it, and what running it did. */
import type { ClassificationRecord } from '../graph/consent-policies';
import type { GraphClient } from '../graph/graph-client';
import type { RawRequest } from '../graph/raw-request';
import type { ReadAfterWritePolicy } from './read-after-write';
import type { ActivityEntry, AssignmentSnapshot, GrantSnapshot } from './types';

export interface ChangeActor {
  upn: string;
  oid: string;
  tenantId: string;
}

export interface ChangeNames {
  clientName?: string;
  resourceName?: string;
  principalName?: string;
  /** For app roles: the permission's value, e.g. Mail.Read. */
  permission?: string;
  /** For app roles: the resource's appId (Microsoft Graph's own app roles need a stronger role). */
  resourceAppId?: string;
}

export type Change =
  | { kind: 'revoke-grant'; grant: GrantSnapshot; names: ChangeNames }
  | { kind: 'remove-scopes'; grant: GrantSnapshot; scopes: string[]; names: ChangeNames }
  | { kind: 'add-scopes'; grant: GrantSnapshot | null; template: Omit<GrantSnapshot, 'id' | 'scope'>; scopes: string[]; names: ChangeNames }
  | { kind: 'revoke-app-role'; assignment: AssignmentSnapshot; names: ChangeNames }
  | { kind: 'add-app-role'; assignment: { principalId: string; principalType?: string | null; resourceId: string; appRoleId: string }; names: ChangeNames }
  | { kind: 'revoke-sessions'; userId: string; names: ChangeNames }
  /** Assign exactly these permission grant policies to the default user role (`previous`: the list as the screen read it). */
  | { kind: 'set-user-consent'; assigned: string[]; previous: string[]; names: ChangeNames }
  | { kind: 'classify-permission'; classification: Omit<ClassificationRecord, 'id'>; names: ChangeNames }
  | { kind: 'unclassify-permission'; classification: ClassificationRecord; names: ChangeNames }
  /** A Graph write typed on the Diagnose page, sent under `baseUrl` (the Graph client's v1.0 base URL, as confirmed). */
  | { kind: 'graph-request'; request: RawRequest; baseUrl: string; names: ChangeNames };

export type ChangeOf<K extends Change['kind']> = Extract<Change, { kind: K }>;

export interface ChangeResult {
  change: Change;
  /**
   * `already-done`: nothing needed doing (gone already, or already in place — a 409 on create).
   * `not-yet-visible`: Graph accepted the write, but reads did not show it within the read-after-write budget.
   */
  outcome: 'succeeded' | 'failed' | 'already-done' | 'not-yet-visible';
  entry: ActivityEntry;
  error?: Error;
}

/** What running one change did, as its Activity entry records it. */
export interface Applied {
  outcome: ChangeResult['outcome'];
  before: ActivityEntry['before'];
  after: ActivityEntry['after'];
  /** Replaces the entry's summary when the outcome needs saying more (e.g. why nothing was done). */
  summary?: string;
  /** The HTTP status Graph answered the write with, when the kind records it. */
  status?: number;
}

export interface RunContext {
  graph: GraphClient;
  signal?: AbortSignal;
  policy: ReadAfterWritePolicy;
}
