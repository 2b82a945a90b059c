import type { ReactNode } from 'react';
import { explainReadDenied } from '../auth/role-requirements';
import { useDirectoryRoles, useReadAccess } from '../auth/use-directory-roles';
import { GraphError } from '../graph/graph-error';
import { INVENTORY_READS, READ_PERMISSION_INVENTORY } from '../graph/inventory/inventory-reads';
import { Loading } from './loading';
import { QueryError } from './query-error';
import { RoleRequiredNote } from './role-required-note';

/**
 * Renders `children` (which load the inventory) only once the account's roles allow its reads; otherwise
 * the screen's header and the note that names the roles that would. Nothing is requested before.
 * Shared by every screen that shows the permission inventory (Applications, an app's page, Access review).
 */
export function InventoryReadGate({ children, fallbackHeader, className }: { children: ReactNode; fallbackHeader: ReactNode; className?: string }) {
  const access = useReadAccess(INVENTORY_READS);
  if (access.state === 'allowed') return <>{children}</>;
  return (
    <div className={className}>
      {fallbackHeader}
      {access.state === 'unknown' ? <Loading label="Checking your directory roles…" /> : <RoleRequiredNote notes={access.notes} />}
    </div>
  );
}

/** A failed inventory load: a 403 is explained by the reads' role rules, anything else as usual. */
export function InventoryError({ error, screenTitle, onRetry }: { error: unknown; screenTitle: string; onRetry: () => void }) {
  const roles = useDirectoryRoles();
  if (error instanceof GraphError && error.status === 403) {
    const notes = [...new Set(INVENTORY_READS.map((r) => explainReadDenied(r, roles.templateIds)))];
    return <RoleRequiredNote notes={notes} error={error} />;
  }
  return <QueryError error={error} operation={READ_PERMISSION_INVENTORY} screenTitle={screenTitle} onRetry={onRetry} />;
}
