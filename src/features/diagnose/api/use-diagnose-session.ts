import { useMsal } from '@azure/msal-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { interactiveTokenRequest } from '../../../auth/claims-challenge';
import { BASELINE_GRAPH_SCOPE } from '../../../auth/scopes';
import type { ChangeResult } from '../../../changes/changes';
import { useActiveAccount, useConsoleSession } from '../../../auth/use-session';
import { graphKeys } from '../../../graph/keys';
import { decodeJwt } from '../engine/claims-glossary';
import { parsePastedResponse } from '../engine/parse-response';
import { toAccessTokenClaims } from '../engine/token-input';
import { EMPTY_EVIDENCE, type PastedEvidence } from '../components/evidence-form';
import { diagnoseKeys } from './keys';
import { refreshToken, runCall, type TokenMode } from './run-call';
import { heldTokenQueryOptions } from './use-held-token';
import type { DiagnosisSource } from './use-verdict';
import { writeEvidence } from './write-evidence';

/**
 * Everything the Diagnose page does for one request: runs, confirmed writes, pasted evidence, fixes that
 * stay in the page. `scope` is the API's least-privileged delegated scope, when the map knows one.
 */
export function useDiagnoseSession(method: string, url: string, scope: string | undefined, returnTo: string) {
  const { instance } = useMsal();
  const account = useActiveAccount();
  const { settings } = useConsoleSession();
  const queryClient = useQueryClient();
  const [evidence, setEvidence] = useState<PastedEvidence>(EMPTY_EVIDENCE);
  const [mode, setMode] = useState<TokenMode>('scope');
  const [source, setSource] = useState<DiagnosisSource | null>(null);
  const [inputError, setInputError] = useState<string>();

  const afterTokenChange = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: diagnoseKeys.all }),
      queryClient.invalidateQueries({ queryKey: graphKeys.clientGrantFacts(settings.clientId) }),
    ]);

  const run = useMutation({
    mutationFn: (options: { execute: boolean; mode?: TokenMode }) =>
      runCall(instance, settings.graphBaseUrl, { url, scope, mode: options.mode ?? mode, execute: options.execute }),
    onSuccess: async (outcome) => {
      setSource({ token: outcome.claims, response: outcome.response, consoleToken: true, notes: outcome.notes, now: Math.floor(Date.now() / 1000) });
      await afterTokenChange();
    },
  });

  /** The scope a write is sent with: the API's least-privileged one, or (mode `current`) the token the console holds. */
  const writeScope = (mode === 'scope' && scope) || BASELINE_GRAPH_SCOPE;

  /** Diagnoses a write the change engine sent (after the change dialog's confirmation). */
  const diagnoseWrite = useMutation({
    mutationFn: (result: ChangeResult) => writeEvidence(instance, result),
    onSuccess: (outcome) =>
      setSource({ token: outcome.claims, response: outcome.response, consoleToken: true, notes: outcome.notes, now: Math.floor(Date.now() / 1000) }),
  });

  const diagnosePasted = async () => {
    const parsed = parsePastedResponse(evidence);
    if (!parsed.ok) return setInputError(parsed.error);
    try {
      const pasted = evidence.token.trim();
      const token = pasted
        ? toAccessTokenClaims(decodeJwt(pasted).payload)
        : toAccessTokenClaims((await queryClient.fetchQuery(heldTokenQueryOptions(instance, account))).payload);
      setInputError(undefined);
      const notes = [{ label: 'Token', value: pasted ? 'pasted (decoded locally, signature not checked)' : 'the token the console holds now' }];
      setSource({ token, response: parsed.response, consoleToken: !pasted, notes, now: Math.floor(Date.now() / 1000) });
    } catch (error) {
      setInputError(error instanceof Error ? error.message : String(error));
    }
  };

  /** Refresh the console's token; a pasted token is set aside and the console's own is used. */
  const refresh = async (scopes: readonly string[]) => {
    const refreshed = await refreshToken(instance, scopes.length > 0 ? scopes : scope ? [scope] : []);
    if (!refreshed) return interactiveTokenRequest(instance, { scopes, returnTo });
    setEvidence((e) => ({ ...e, token: '', status: '', body: '', wwwAuthenticate: '' }));
    await afterTokenChange();
    run.mutate({ execute: method === 'GET' });
  };

  const runWithGraphToken = () => {
    setEvidence(EMPTY_EVIDENCE);
    setMode('scope');
    run.mutate({ execute: method === 'GET', mode: 'scope' });
  };

  return { evidence, setEvidence, mode, setMode, source, inputError, run, writeScope, diagnoseWrite, diagnosePasted, refresh, runWithGraphToken };
}
