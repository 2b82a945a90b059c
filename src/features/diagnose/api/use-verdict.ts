import { useQuery } from '@tanstack/react-query';
import { useMsal } from '@azure/msal-react';
import { useConsoleSession } from '../../../auth/use-session';
import { clientGrantFactsQueryOptions } from '../../../graph/client-grant-facts';
import { useGraphClient } from '../../../graph/graph-client-context';
import { apiPermissionMapQueryOptions } from '../../../permissions/api-map';
import { permissionCatalogQueryOptions } from '../../../permissions/catalog';
import { diagnose } from '../engine/diagnose';
import { grantEvidence } from '../engine/grant-evidence';
import { requiredRolesOf, roleRequirementForRequest } from '../engine/role-for-request';
import type { AccessTokenClaims, DiagnosisInput, Evidence, Verdict } from '../engine/types';
import { GRAPH_AUDIENCES } from '../../../graph/microsoft-graph';

/** What the verdict is computed from: a run with the console's token, or pasted evidence. */
export interface DiagnosisSource {
  token: AccessTokenClaims | null;
  response: DiagnosisInput['response'];
  /** The token is the console's own (so the console's grants in the tenant are evidence). */
  consoleToken: boolean;
  notes: Evidence[];
  /** When the evidence was taken, in seconds since the epoch. */
  now: number;
}

export function useApiMap() {
  return useQuery(apiPermissionMapQueryOptions());
}

/** The console's grants on Graph: evidence for consent verdicts (needs Directory.Read.All). */
export function useClientGrantFacts(enabled: boolean) {
  const graph = useGraphClient();
  const { settings } = useConsoleSession();
  return useQuery({ ...clientGrantFactsQueryOptions(graph, settings.clientId), enabled });
}

export function useVerdict(method: string, url: string, source: DiagnosisSource | null): Verdict | undefined {
  const map = useApiMap();
  const catalog = useQuery(permissionCatalogQueryOptions());
  const { settings } = useConsoleSession();
  const { instance } = useMsal();
  const grants = useClientGrantFacts(source !== null);
  if (!source || !map.data || !url) return undefined;
  const account = instance.getActiveAccount();
  const ownToken = source.consoleToken || source.token?.appid === settings.clientId || source.token?.azp === settings.clientId;
  const requirement = roleRequirementForRequest(method, url);
  const verdict = diagnose({
    method,
    url,
    token: source.token,
    now: source.now,
    api: map.data.lookup(method, url),
    graphAudiences: GRAPH_AUDIENCES,
    response: source.response,
    grants: ownToken && grants.data && account ? grantEvidence(grants.data, account.localAccountId) : undefined,
    isAdminOnly: (scope) => catalog.data?.delegated(scope)?.isAdmin,
    userRoles: source.token?.wids ?? [],
    requiredRoles: requirement ? requiredRolesOf(requirement) : undefined,
  });
  return { ...verdict, evidence: [...source.notes, ...verdict.evidence] };
}
