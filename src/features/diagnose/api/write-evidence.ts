/**
 * What a Diagnose write tells the diagnosis once the change engine has sent it: Graph's answer, from the
 * change's result (a GraphError carries the status, code, message, WWW-Authenticate challenge and
 * Retry-After), and the token the console's Graph client attached — one for the scope the change
 * declared, looked up in MSAL the way the client acquired it (silently, never prompting).
 */
import { InteractionRequiredAuthError, type IPublicClientApplication } from '@azure/msal-browser';
import { describeChange, type ChangeResult } from '../../../changes/changes';
import { kindOf } from '../../../changes/kinds';
import { BASELINE_GRAPH_SCOPE } from '../../../auth/scopes';
import { decodeJwtPayload } from '../../../auth/token-claims';
import { GraphError } from '../../../graph/graph-error';
import { toAccessTokenClaims } from '../engine/token-input';
import type { AccessTokenClaims, DiagnosisInput, Evidence } from '../engine/types';
import { heldToken } from './run-call';

type Pca = Pick<IPublicClientApplication, 'acquireTokenSilent' | 'getActiveAccount'>;

export interface WriteEvidence {
  claims: AccessTokenClaims;
  /** Undefined when Graph gave no answer (nothing was sent, or the connection failed). */
  response: DiagnosisInput['response'];
  notes: Evidence[];
}

const tokenNote = (scopes: readonly string[]) =>
  scopes.length === 1 && scopes[0] === BASELINE_GRAPH_SCOPE
    ? `the token the console holds (for ${BASELINE_GRAPH_SCOPE}), obtained silently by the console's Graph client`
    : `a token for ${scopes.join(' ')}, obtained silently by the console's Graph client`;

/** The token for exactly the scopes the change's operation declares: the one the Graph client attached. */
async function sentTokenClaims(pca: Pca, scopes: readonly string[], notes: Evidence[]): Promise<AccessTokenClaims> {
  const account = pca.getActiveAccount();
  if (!account) throw new Error('Sign in first: the console has no token.');
  try {
    const { accessToken } = await pca.acquireTokenSilent({ scopes: [...scopes], account });
    notes.push({ label: 'Token used', value: tokenNote(scopes) });
    return toAccessTokenClaims(decodeJwtPayload(accessToken));
  } catch (error) {
    if (!(error instanceof InteractionRequiredAuthError)) throw error;
    notes.push({
      label: `Silent token for ${scopes.join(' ')}`,
      value: 'refused: the identity platform wants interaction (not consented yet), so no token was sent',
    });
    notes.push({ label: 'Token diagnosed', value: 'the token the console holds now, as cached' });
    return toAccessTokenClaims(decodeJwtPayload(await heldToken(pca)));
  }
}

function answerOf(result: ChangeResult): { response: DiagnosisInput['response']; note: string } {
  const { error } = result;
  if (error instanceof GraphError && error.status > 0) {
    const challenge = error.challenge ? { error: error.challenge.error, claims: error.challenge.claims } : undefined;
    return {
      response: { status: error.status, code: error.code, message: error.message, challenge, retryAfterSeconds: error.retryAfterSeconds },
      note: `${error.status} ${error.code}: ${error.message}`,
    };
  }
  if (result.outcome !== 'failed' && result.entry.status !== undefined) return { response: { status: result.entry.status }, note: String(result.entry.status) };
  return { response: undefined, note: `nothing: ${error?.message ?? result.entry.error?.message ?? 'no answer'}` };
}

export async function writeEvidence(pca: Pca, result: ChangeResult): Promise<WriteEvidence> {
  const notes: Evidence[] = [];
  const claims = await sentTokenClaims(pca, kindOf(result.change).operation(result.change).scopes, notes);
  notes.push({ label: 'Call', value: `sent after your confirmation and recorded in the Activity log: ${describeChange(result.change)}` });
  const { response, note } = answerOf(result);
  notes.push({ label: 'Graph answered', value: note });
  return { claims, response, notes };
}
