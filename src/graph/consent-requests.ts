/**
 * The admin consent workflow as Microsoft Graph reports it: the pending admin consent requests
 * (`/identityGovernance/appConsent/appConsentRequests`, each with its users' requests) and the workflow's
 * settings (`/policies/adminConsentRequestPolicy`). Graph only reads these: it cannot approve or deny a
 * request (Microsoft's consent requests overview), so an approval is a grant the console makes itself.
 */
import type { AdminConsentRequestPolicy, AppConsentRequest, UserConsentRequest } from '@microsoft/microsoft-graph-types';
import { queryOptions } from '@tanstack/react-query';
import type { GraphClient } from './graph-client';
import { graphKeys } from './keys';
import { listAllPages } from './paging';
import { READ_CONSENT_REQUESTS, READ_CONSENT_REQUEST_POLICY } from './operations/consent-requests';

/** One user's request for an app, as Graph returns it. */
export type UserRequest = Pick<UserConsentRequest, 'id' | 'reason' | 'status' | 'createdDateTime' | 'createdBy' | 'completedDateTime'>;

/** Who sent a user's request (its createdBy.user): Graph returns the user's id, name and user principal name. */
export interface RequestUser {
  id?: string | null;
  displayName?: string | null;
  userPrincipalName?: string | null;
}

export const requestUserOf = (r: UserRequest): RequestUser => (r.createdBy?.user ?? {}) as RequestUser;

/** An app's request with its users' requests (the pending ones in the inbox). */
export interface PendingRequest {
  id: string;
  appId: string;
  appDisplayName: string;
  /** `Static`: the app asked through .default (its registration's permissions); `Dynamic`: it named the permissions. */
  consentType?: string;
  /** The permissions the users asked for, by name, as Graph lists them (no resource is named). */
  pendingScopes: string[];
  userRequests: UserRequest[];
}

export type ConsentRequestPolicy = Pick<
  AdminConsentRequestPolicy,
  'isEnabled' | 'notifyReviewers' | 'remindersEnabled' | 'requestDurationInDays' | 'reviewers' | 'version'
>;

const BASE = '/identityGovernance/appConsent/appConsentRequests';
const IN_PROGRESS = "status eq 'InProgress'";

export const consentRequestKeys = {
  all: () => [...graphKeys.all, 'consent-requests'] as const,
  pending: () => [...consentRequestKeys.all(), 'pending'] as const,
  policy: () => [...consentRequestKeys.all(), 'policy'] as const,
  detail: (id: string) => [...consentRequestKeys.all(), 'detail', id] as const,
};

/** A request's users' requests: those in progress, or every one (`all`). */
function listUserRequests(graph: GraphClient, requestId: string, which: 'in-progress' | 'all', signal?: AbortSignal): Promise<UserRequest[]> {
  const query = which === 'all' ? '' : `?${new URLSearchParams({ $filter: IN_PROGRESS }).toString()}`;
  return listAllPages<UserRequest>(graph, `${BASE}/${encodeURIComponent(requestId)}/userConsentRequests${query}`, {
    scopes: READ_CONSENT_REQUESTS.scopes,
    signal,
  });
}

const pendingRequest = (r: AppConsentRequest, userRequests: UserRequest[]): PendingRequest => ({
  id: r.id ?? '',
  appId: r.appId ?? '',
  appDisplayName: r.appDisplayName ?? r.appId ?? '',
  // Documented (appConsentRequest's consentType) but missing from the generated types.
  consentType: (r as AppConsentRequest & { consentType?: string }).consentType,
  pendingScopes: (r.pendingScopes ?? []).map((s) => s.displayName ?? '').filter(Boolean),
  userRequests,
});

/** Requests with at least one user's request in progress (the docs' example 2), each with those users' requests. */
export async function listPendingRequests(graph: GraphClient, signal?: AbortSignal): Promise<PendingRequest[]> {
  const params = new URLSearchParams({ $filter: `userConsentRequests/any(u:u/${IN_PROGRESS})` });
  const requests = await listAllPages<AppConsentRequest>(graph, `${BASE}?${params.toString()}`, { scopes: READ_CONSENT_REQUESTS.scopes, signal });
  return Promise.all(requests.map(async (r) => pendingRequest(r, await listUserRequests(graph, r.id ?? '', 'in-progress', signal))));
}

/** One request as Graph reports it now, with every user's request whatever its status (after an approval). */
export async function getConsentRequest(graph: GraphClient, id: string, signal?: AbortSignal): Promise<PendingRequest> {
  const [request, userRequests] = await Promise.all([
    graph.request<AppConsentRequest>(`${BASE}/${encodeURIComponent(id)}`, { scopes: READ_CONSENT_REQUESTS.scopes, signal }),
    listUserRequests(graph, id, 'all', signal),
  ]);
  return pendingRequest(request, userRequests);
}

export function getConsentRequestPolicy(graph: GraphClient, signal?: AbortSignal): Promise<ConsentRequestPolicy> {
  return graph.request<ConsentRequestPolicy>('/policies/adminConsentRequestPolicy', { scopes: READ_CONSENT_REQUEST_POLICY.scopes, signal });
}

export const pendingRequestsQueryOptions = (graph: GraphClient) =>
  queryOptions({ queryKey: consentRequestKeys.pending(), queryFn: ({ signal }) => listPendingRequests(graph, signal) });

export const consentRequestQueryOptions = (graph: GraphClient, id: string) =>
  queryOptions({ queryKey: consentRequestKeys.detail(id), queryFn: ({ signal }) => getConsentRequest(graph, id, signal) });

export const consentRequestPolicyQueryOptions = (graph: GraphClient) =>
  queryOptions({ queryKey: consentRequestKeys.policy(), queryFn: ({ signal }) => getConsentRequestPolicy(graph, signal) });
