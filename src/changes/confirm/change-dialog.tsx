import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { describeChange, type Change, type ChangeResult } from '../changes';
import { useApplyChanges } from '../use-changes';
import { useDirectoryRoles } from '../../auth/use-directory-roles';
import { GrantAccessPanel } from '../../ui/grant-access-panel';
import { Loading } from '../../ui/loading';
import { operationOf, requirementsOf } from './change-requirements';
import { ChangeResults, resultSummary } from './change-results';
import { useWriteGate } from './use-write-gate';
import { APP_TOKENS_AFTERMATH } from '../aftermath-text';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
});

interface ChangeDialogProps {
  title: string;
  /** What the confirm button says, e.g. "Revoke". */
  confirmLabel: string;
  changes: readonly Change[];
  /** What happens to access already handed out; by default, about the app's tokens. */
  aftermath?: string;
  onClose: () => void;
}

const DEFAULT_AFTERMATH = APP_TOKENS_AFTERMATH;

/** Shows exactly what will change, asks for confirmation, applies, and reports per item with retry. */
export function ChangeDialog({ title, confirmLabel, changes, aftermath = DEFAULT_AFTERMATH, onClose }: ChangeDialogProps) {
  const styles = useStyles();
  const apply = useApplyChanges();
  const roles = useDirectoryRoles();
  const gate = useWriteGate(requirementsOf(changes), [operationOf(changes)]);
  const [results, setResults] = useState<ChangeResult[] | null>(null);
  const failed = results?.filter((r) => r.outcome === 'failed') ?? [];

  const run = (batch: readonly Change[]) =>
    apply.mutate(batch, {
      // A retry replaces the failed lines; the others stay as they were.
      onSuccess: (outcome) =>
        setResults((previous) => {
          if (!previous) return outcome;
          const next = new Map(outcome.map((r) => [r.change, r]));
          return previous.map((r) => next.get(r.change) ?? r);
        }),
    });

  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => (!data.open && !apply.isPending ? onClose() : undefined)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            {results ? (
              <>
                <Body1 role="status">{resultSummary(results)}</Body1>
                <ChangeResults results={results} roleTemplateIds={roles.templateIds} />
              </>
            ) : (
              <>
                <Body1>
                  {changes.length === 1 ? 'This change' : `These ${changes.length} changes`} will be made in your tenant and recorded in the
                  Activity log, where each can be restored:
                </Body1>
                <ul className={styles.list} aria-label="Changes">
                  {changes.map((change, i) => (
                    <li key={i}>{describeChange(change)}</li>
                  ))}
                </ul>
                <Body1>{aftermath}</Body1>
              </>
            )}
            {gate.state === 'role-missing' ? (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{gate.reason}</MessageBarBody>
              </MessageBar>
            ) : null}
            {gate.state === 'consent-needed' ? <GrantAccessPanel error={gate.error} operation={operationOf(changes)} screenTitle="This change" /> : null}
            {apply.isPending ? <Loading label="Applying…" /> : null}
            {apply.isError ? (
              <MessageBar intent="error">
                <MessageBarBody>{apply.error instanceof Error ? apply.error.message : String(apply.error)}</MessageBarBody>
              </MessageBar>
            ) : null}
          </DialogContent>
          <DialogActions>
            {!results ? (
              <Button appearance="primary" disabled={gate.state !== 'allowed' || apply.isPending} onClick={() => run(changes)}>
                {confirmLabel}
              </Button>
            ) : null}
            {failed.length > 0 ? (
              <Button appearance="primary" disabled={apply.isPending} onClick={() => run(failed.map((r) => r.change))}>
                Retry failed
              </Button>
            ) : null}
            <Button disabled={apply.isPending} onClick={onClose}>
              {results ? 'Close' : 'Cancel'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
