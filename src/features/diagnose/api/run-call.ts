/**
 * Runs a Graph GET with the console's own token, to reproduce a failure for real (a write is a change:
 * it goes through the change engine, see write-evidence.ts). The token comes from MSAL silently and never
 * triggers consent: when the identity platform wants interaction, that is itself evidence (the scope is
 * not consented) and the call runs with the token the console holds. The request goes only to the
 * configured Graph origin, whatever host was pasted.
 */
import { CacheLookupPolicy, InteractionRequiredAuthError, type IPublicClientApplication } from '@azure/msal-browser';
import { explainAuthError } from '../../../auth/aadsts';
import { BASELINE_GRAPH_SCOPE } from '../../../auth/scopes';
import { decodeJwtPayload } from '../../../auth/token-claims';
import { graphErrorFromResponse } from '../../../graph/graph-error';
import { requestTarget, toAccessTokenClaims } from '../engine/token-input';
import type { AccessTokenClaims, DiagnosisInput, Evidence } from '../engine/types';

/** `scope`: a token for the API's least-privileged scope; `current`: the token the console holds, as cached. */
export type TokenMode = 'scope' | 'current';

export interface RunRequest {
  url: string;
  /** The API's least-privileged delegated scope, when the map knows one. */
  scope?: string;
  mode: TokenMode;
  /** false: only get the token and diagnose (a write is sent only as a confirmed change). */
  execute: boolean;
}

export interface RunOutcome {
  claims: AccessTokenClaims;
  /** Undefined when the call was not executed. */
  response: DiagnosisInput['response'];
  /** What happened while getting the token. */
  notes: Evidence[];
}

type Pca = Pick<IPublicClientApplication, 'acquireTokenSilent' | 'getActiveAccount'>;

/** The token the console holds now, as cached (refreshed only when none is cached). */
export async function heldToken(pca: Pca): Promise<string> {
  const account = pca.getActiveAccount();
  if (!account) throw new Error('Sign in first: the console has no token.');
  try {
    return (await pca.acquireTokenSilent({ scopes: [BASELINE_GRAPH_SCOPE], account, cacheLookupPolicy: CacheLookupPolicy.AccessToken })).accessToken;
  } catch {
    return (await pca.acquireTokenSilent({ scopes: [BASELINE_GRAPH_SCOPE], account })).accessToken;
  }
}

async function tokenFor(pca: Pca, request: RunRequest, notes: Evidence[]): Promise<string> {
  const account = pca.getActiveAccount();
  if (request.mode === 'current' || !request.scope || !account) {
    notes.push({ label: 'Token used', value: 'the token the console holds now, as cached' });
    return heldToken(pca);
  }
  try {
    const result = await pca.acquireTokenSilent({ scopes: [request.scope], account });
    notes.push({ label: 'Token used', value: `a token for ${request.scope}, obtained silently` });
    return result.accessToken;
  } catch (error) {
    if (!(error instanceof InteractionRequiredAuthError)) throw error;
    const explained = explainAuthError(error);
    notes.push({
      label: `Silent token for ${request.scope}`,
      value: `refused: ${explained.code} ${error.subError || error.errorCode} — the identity platform wants interaction (not consented yet)`,
    });
    notes.push({ label: 'Token used', value: 'the token the console holds now, as cached' });
    return heldToken(pca);
  }
}

export async function runCall(pca: Pca, graphRoot: string, request: RunRequest, signal?: AbortSignal): Promise<RunOutcome> {
  const notes: Evidence[] = [];
  const token = await tokenFor(pca, request, notes);
  if (!request.execute) {
    notes.push({ label: 'Call', value: 'not executed (diagnosed from the token and the tenant’s grants)' });
    return { claims: toAccessTokenClaims(decodeJwtPayload(token)), response: undefined, notes };
  }
  const response = await fetch(`${graphRoot.replace(/\/+$/, '')}/v1.0${requestTarget(request.url)}`, {
    headers: { Authorization: `Bearer ${token}` },
    signal,
  });
  const claims = toAccessTokenClaims(decodeJwtPayload(token));
  if (response.ok) {
    notes.push({ label: 'Graph answered', value: `${response.status} ${response.statusText || 'OK'}` });
    return { claims, response: { status: response.status }, notes };
  }
  const error = await graphErrorFromResponse(response);
  notes.push({ label: 'Graph answered', value: `${error.status} ${error.code}: ${error.message}` });
  return {
    claims,
    notes,
    response: {
      status: error.status,
      code: error.code,
      message: error.message,
      challenge: error.challenge ? { error: error.challenge.error, claims: error.challenge.claims } : undefined,
      retryAfterSeconds: error.retryAfterSeconds,
    },
  };
}

/** Gets a fresh token for these scopes, skipping the cache; false when interaction is needed. */
export async function refreshToken(pca: Pca, scopes: readonly string[]): Promise<boolean> {
  const account = pca.getActiveAccount();
  if (!account) return false;
  try {
    await pca.acquireTokenSilent({ scopes: scopes.length > 0 ? [...scopes] : [BASELINE_GRAPH_SCOPE], account, forceRefresh: true });
    return true;
  } catch (error) {
    if (error instanceof InteractionRequiredAuthError) return false;
    throw error;
  }
}
