/**
 * Every app's hygiene for the Applications list, an app's page and the review screen: one cache entry per
 * read (application credentials, ownerless apps, the beta sign-in report), read after the inventory, and the
 * pure rule (src/permissions/hygiene.ts) joining them. The sign-in report is gated by the audit log's roles
 * (the emulator and the report's page ask for them); without them, or without P1/P2 (403), it is "unavailable".
 */
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ConsentRequiredError } from '../auth/consent-required-error';
import { READ_AUDIT } from '../auth/role-requirements';
import { useReadAccess } from '../auth/use-directory-roles';
import { useCurrentGraphToken } from '../auth/use-session';
import { useGraphClient } from '../graph/graph-client-context';
import { GraphError } from '../graph/graph-error';
import { graphKeys } from '../graph/keys';
import { readApplicationCredentials, readOwnerlessServicePrincipals, readSignInActivity } from '../graph/read-hygiene';
import { buildHygiene, type ReadState } from '../permissions/hygiene';
import type { InventoryRow } from '../permissions/inventory';
import type { GraphOperation } from '../graph/operation';
import { READ_APP_CREDENTIALS, READ_OWNERLESS_APPS, READ_SIGN_IN_ACTIVITY } from './operations';

/**
 * Which reads may start: all or none, or each on its own. A credentials or owners read not started reads as
 * loading; the sign-in report not started as unavailable (the console does not hold its permission).
 */
export type HygieneReads = boolean | { applications?: boolean; ownerless?: boolean; signIns?: boolean };

const enabledRead = (enabled: HygieneReads, read: 'applications' | 'ownerless' | 'signIns') =>
  typeof enabled === 'boolean' ? enabled : enabled[read] === true;

// Keys under graphKeys.all, so a sign-out or tenant switch clears them with the rest.
const key = (what: string) => [...graphKeys.all, 'hygiene', what] as const;

function reasonOf(error: unknown): string {
  if (error instanceof ConsentRequiredError) return `the console does not hold ${error.scopes.join(', ')} yet.`;
  if (error instanceof GraphError && error.code === 'Authentication_RequestFromNonPremiumTenantOrB2CTenant') {
    return 'the sign-in activity report needs Microsoft Entra ID P1 or P2.';
  }
  return error instanceof Error ? error.message : 'the read failed.';
}

function stateOf<T>(query: UseQueryResult<T>): ReadState<T> {
  if (query.data !== undefined) return { state: 'available', value: query.data };
  if (query.error) return { state: 'unavailable', reason: reasonOf(query.error) };
  return { state: 'loading' };
}

export function useAppHygiene(rows: readonly InventoryRow[], enabled: HygieneReads) {
  const graph = useGraphClient();
  const access = useReadAccess([READ_AUDIT]);
  // Expiry and idleness are judged as of the screen's first render (a revisit remounts and re-judges).
  const [now] = useState(() => Date.now());
  const applications = useQuery({
    queryKey: key('application-credentials'),
    enabled: enabledRead(enabled, 'applications'),
    queryFn: ({ signal }) => readApplicationCredentials(graph, { scopes: READ_APP_CREDENTIALS.scopes, signal }),
  });
  const ownerless = useQuery({
    queryKey: key('ownerless'),
    enabled: enabledRead(enabled, 'ownerless'),
    queryFn: ({ signal }) => readOwnerlessServicePrincipals(graph, { scopes: READ_OWNERLESS_APPS.scopes, signal }),
  });
  const signIns = useQuery({
    queryKey: key('sign-in-activity'),
    enabled: enabledRead(enabled, 'signIns') && access.state === 'allowed',
    retry: false,
    queryFn: ({ signal }) => readSignInActivity(graph, { scopes: READ_SIGN_IN_ACTIVITY.scopes, signal }),
  });
  const signInsWanted = enabledRead(enabled, 'signIns');
  const signInState: ReadState<ReadonlyMap<string, string>> =
    access.state === 'denied'
      ? { state: 'unavailable', reason: access.notes.join(' ') || 'your directory roles do not allow it.' }
      : !signInsWanted && signIns.data === undefined
        ? { state: 'unavailable', reason: `the console does not hold ${READ_SIGN_IN_ACTIVITY.scopes.join(', ')} yet.` }
        : stateOf(signIns);
  const applicationsState = stateOf(applications);
  const ownerlessState = stateOf(ownerless);
  const byApp = useMemo(
    () => buildHygiene({ rows, applications: applicationsState, ownerless: ownerlessState, signIns: signInState, now }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the states are rebuilt each render from these queries
    [rows, now, applications.data, applications.error, ownerless.data, ownerless.error, signIns.data, signIns.error, access.state, signInsWanted],
  );
  return {
    byApp,
    signInReport: signInState.state === 'unavailable' ? { state: signInState.state, reason: signInState.reason } : { state: signInState.state },
    ownersKnown: ownerlessState.state === 'available',
    credentialsKnown: applicationsState.state === 'available',
    errors: { applications: applications.error, ownerless: ownerless.error, signIns: signIns.error },
    consentNeeded: consentNeeded([
      [applications.error, READ_APP_CREDENTIALS],
      [ownerless.error, READ_OWNERLESS_APPS],
      [signIns.error, READ_SIGN_IN_ACTIVITY],
    ]),
  };
}

/** The first read that needs a permission the console does not hold, so a screen shows one Grant access for hygiene. */
function consentNeeded(reads: readonly [unknown, GraphOperation][]): { error: ConsentRequiredError; operation: GraphOperation } | undefined {
  for (const [error, operation] of reads) if (error instanceof ConsentRequiredError) return { error, operation };
  return undefined;
}

/**
 * Whether the console's token already carries the sign-in report's permission: a screen that only shows
 * the last sign-in beside other things reads the report then, and asks for no consent of its own.
 */
export function useHoldsSignInScope(): boolean {
  const token = useCurrentGraphToken();
  const held = new Set((token.data?.scopes ?? []).map((s) => s.toLowerCase()));
  return READ_SIGN_IN_ACTIVITY.scopes.every((s) => held.has(s.toLowerCase()));
}
