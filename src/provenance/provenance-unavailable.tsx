import type { ReactNode } from 'react';
import { QueryError } from '../ui/query-error';
import { RoleRequiredNote } from '../ui/role-required-note';
import { READ_PROVENANCE } from './operations';
import type { useProvenance } from './use-provenance';

/**
 * Why provenance is missing, said once for a screen: the account's roles cannot read the audit log (which
 * roles can), the console lacks the scopes (the shared Grant access panel), or the read failed. Null when
 * nothing is missing.
 */
export function ProvenanceUnavailable({ provenance, screenTitle }: { provenance: ReturnType<typeof useProvenance>; screenTitle: string }): ReactNode {
  const { access, audits } = provenance;
  if (access.state === 'denied') return <RoleRequiredNote notes={access.notes} />;
  if (audits.isError) return <QueryError error={audits.error} operation={READ_PROVENANCE} screenTitle={screenTitle} onRetry={() => void audits.refetch()} />;
  return null;
}
