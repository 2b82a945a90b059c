import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import { useApplyChanges } from '../../../changes/use-changes';
import { ConsentRequiredError } from '../../../auth/consent-required-error';
import { useCurrentGraphToken } from '../../../auth/use-session';
import type { AppConsentState } from '../../../graph/app-consent';
import { WRITE_APP_ROLE_ASSIGNMENTS } from '../../../graph/app-role-assignment-writes';
import { WRITE_GRANTS } from '../../../graph/grant-writes';
import type { ServicePrincipalInfo } from '../../../permissions/inventory';
import { GrantAccessPanel } from '../../../ui/grant-access-panel';
import { SectionHeading } from '../../../ui/section-heading';
import { ApplyResults } from './apply-results';
import { GrantPreviewView } from './grant-preview-view';
import { PermissionPicker } from './permission-picker';
import { previewDirectGrant, type PrivilegeLookup } from './preview';

const useStyles = makeStyles({ section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

interface DirectGrantFormProps {
  state: AppConsentState;
  resource: ServicePrincipalInfo;
  scopes: string[];
  appRoleIds: string[];
  privilege?: PrivilegeLookup;
  onSelection: (next: { scopes: string[]; appRoleIds: string[] }) => void;
}

/** Pick permissions, preview, confirm high risk, apply through the change layer, show per-item results. */
export function DirectGrantForm({ state, resource, scopes, appRoleIds, privilege, onSelection }: DirectGrantFormProps) {
  const styles = useStyles();
  const pickId = useId();
  const previewId = useId();
  const [confirmed, setConfirmed] = useState(false);
  const apply = useApplyChanges();
  const token = useCurrentGraphToken();
  const preview = useMemo(
    () => previewDirectGrant({ client: state.servicePrincipal, resource, grants: state.grants, assignments: state.assignments, scopes, appRoleIds, privilege }),
    [state, resource, scopes, appRoleIds, privilege],
  );
  const needed = [
    ...(preview.changes.some((c) => c.kind === 'add-scopes') ? [...WRITE_GRANTS.scopes, 'Directory.Read.All'] : []),
    ...(preview.changes.some((c) => c.kind === 'add-app-role') ? WRITE_APP_ROLE_ASSIGNMENTS.scopes : []),
  ];
  const held = new Set((token.data?.scopes ?? []).map((s) => s.toLowerCase()));
  const missing = [...new Set(needed)].filter((s) => !held.has(s.toLowerCase()));
  const blocked = preview.changes.length === 0 || (preview.needsConfirmation && !confirmed) || apply.isPending;

  const select = (next: { scopes: string[]; appRoleIds: string[] }) => {
    setConfirmed(false);
    apply.reset();
    onSelection(next);
  };

  return (
    <>
      <section className={styles.section} aria-labelledby={pickId}>
        <SectionHeading id={pickId}>Permissions on {resource.displayName}</SectionHeading>
        <PermissionPicker resource={resource} scopes={scopes} appRoleIds={appRoleIds} onChange={select} privilege={privilege} />
      </section>
      <section className={styles.section} aria-labelledby={previewId}>
        <SectionHeading id={previewId}>Preview</SectionHeading>
        <GrantPreviewView preview={preview} confirmed={confirmed} onConfirm={setConfirmed} />
        {missing.length > 0 && preview.changes.length > 0 ? (
          <GrantAccessPanel
            error={new ConsentRequiredError(missing)}
            operation={{ name: 'Grant permissions', scopes: missing, reason: 'Writes the grant and the app role assignments shown in the preview.' }}
            screenTitle="Granting permissions"
          />
        ) : (
          <div>
            <Button appearance="primary" disabled={blocked} onClick={() => apply.mutate(preview.changes)}>
              {apply.isPending ? 'Applying…' : `Apply ${preview.changes.length} change${preview.changes.length === 1 ? '' : 's'}`}
            </Button>
          </div>
        )}
        {apply.data ? <ApplyResults results={apply.data} onRetry={(failed) => apply.mutate(failed)} /> : null}
        {apply.error ? <ApplyResults error={apply.error} /> : null}
      </section>
    </>
  );
}
