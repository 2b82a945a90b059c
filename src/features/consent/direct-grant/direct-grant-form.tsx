/**
 * Pick permissions, see the preview, acknowledge high risk, then Apply: always through the change dialog,
 * which names exactly what is sent and asks for any permission the console lacks. Nothing chosen — by
 * hand or preselected by a link's ?scopes=/&roles= — is written without that confirmation.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import { ChangeDialog } from '../../../changes/confirm/change-dialog';
import type { AppConsentState } from '../../../graph/app-consent';
import type { RiskRater } from '../../../permissions/grant-risk';
import type { ServicePrincipalInfo } from '../../../permissions/inventory';
import { SectionHeading } from '../../../ui/section-heading';
import { GrantPreviewView } from './grant-preview-view';
import { PermissionPicker } from './permission-picker';
import { previewDirectGrant } from './preview';
import { Name } from '../../../ui/app-name';
import { isolate } from '../../../permissions/names';

const useStyles = makeStyles({ section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

interface DirectGrantFormProps {
  state: AppConsentState;
  resource: ServicePrincipalInfo;
  scopes: string[];
  appRoleIds: string[];
  rater: RiskRater;
  onSelection: (next: { scopes: string[]; appRoleIds: string[] }) => void;
}

export function DirectGrantForm({ state, resource, scopes, appRoleIds, rater, onSelection }: DirectGrantFormProps) {
  const styles = useStyles();
  const pickId = useId();
  const previewId = useId();
  const [acknowledged, setAcknowledged] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const preview = useMemo(
    () => previewDirectGrant({ client: state.servicePrincipal, resource, grants: state.grants, assignments: state.assignments, scopes, appRoleIds, rater }),
    [state, resource, scopes, appRoleIds, rater],
  );
  const count = preview.changes.length;
  const blocked = count === 0 || (preview.needsConfirmation && !acknowledged);

  const select = (next: { scopes: string[]; appRoleIds: string[] }) => {
    setAcknowledged(false);
    onSelection(next);
  };

  return (
    <>
      <section className={styles.section} aria-labelledby={pickId}>
        <SectionHeading id={pickId}>
          Permissions on <Name name={resource.displayName} />
        </SectionHeading>
        <PermissionPicker resource={resource} scopes={scopes} appRoleIds={appRoleIds} onChange={select} rater={rater} />
      </section>
      <section className={styles.section} aria-labelledby={previewId}>
        <SectionHeading id={previewId}>Preview</SectionHeading>
        <GrantPreviewView preview={preview} confirmed={acknowledged} onConfirm={setAcknowledged} />
        <div>
          <Button appearance="primary" disabled={blocked} onClick={() => setConfirming(true)}>
            {`Apply ${count} change${count === 1 ? '' : 's'}`}
          </Button>
        </div>
      </section>
      {confirming ? (
        <ChangeDialog
          title={`Grant permissions to ${isolate(state.servicePrincipal.displayName)}`}
          confirmLabel="Grant"
          changes={preview.changes}
          aftermath="The application can use these permissions as soon as it next gets a token."
          onClose={() => {
            setConfirming(false);
            setAcknowledged(false);
          }}
        />
      ) : null}
    </>
  );
}
