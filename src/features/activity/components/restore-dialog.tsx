import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ActivityEntry } from '../../../changes/types';
import { useRestore } from '../../../changes/use-changes';
import { ConsentRequiredError } from '../../../auth/consent-required-error';
import { useCurrentGraphToken } from '../../../auth/use-session';
import { missingScopes } from '../../../permissions/scopes';
import { GrantAccessPanel } from '../../../ui/grant-access-panel';
import { restoreOperation } from '../restore-operation';
import { RestorePreview } from './restore-preview';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

interface RestoreDialogProps {
  entry: ActivityEntry;
  onClose: () => void;
  /** Called with the restore's own entry when it succeeded or there was nothing left to do. */
  onRestored: (restore: ActivityEntry) => void;
}

function failureOf(result: ActivityEntry | undefined, error: Error | null) {
  if (error) return { message: error.message, requestId: undefined, status: undefined, code: undefined };
  return result?.outcome === 'failed' ? (result.error ?? { message: 'The restore failed.' }) : undefined;
}

/** Confirms a restore showing what it recreates, runs it, and keeps failures on screen to retry. */
export function RestoreDialog({ entry, onClose, onRestored }: RestoreDialogProps) {
  const styles = useStyles();
  const restore = useRestore();
  const token = useCurrentGraphToken();
  const operation = restoreOperation(entry);
  const missing = token.isSuccess ? missingScopes(operation.scopes, token.data.scopes) : [];
  const failure = failureOf(restore.data, restore.error);

  const run = () =>
    restore.mutate(entry.id, {
      onSuccess: (result) => {
        if (result.outcome !== 'failed') onRestored(result);
      },
    });

  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => (!data.open && !restore.isPending ? onClose() : undefined)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Restore this change?</DialogTitle>
          <DialogContent className={styles.content}>
            <RestorePreview entry={entry} />
            {missing.length > 0 ? (
              <GrantAccessPanel error={new ConsentRequiredError(missing)} operation={operation} screenTitle="Restoring a change" />
            ) : null}
            {failure ? (
              <MessageBar intent="error" layout="multiline" role="alert">
                <MessageBarBody>
                  <MessageBarTitle>The restore failed</MessageBarTitle>
                  {failure.message}
                  {failure.status !== undefined ? ` (HTTP ${failure.status}${failure.code ? `, ${failure.code}` : ''})` : ''}
                  {failure.requestId ? <span className={styles.code}> · request-id {failure.requestId}</span> : null}
                  . It is recorded in the Activity log; you can try again.
                </MessageBarBody>
              </MessageBar>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose} disabled={restore.isPending}>
              Cancel
            </Button>
            <Button appearance="primary" onClick={run} disabled={restore.isPending || missing.length > 0}>
              {restore.isPending ? 'Restoring…' : failure ? 'Try again' : 'Restore'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
