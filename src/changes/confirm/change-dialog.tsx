/**
 * The one confirmation every write goes through. It lists exactly what will be sent (each change's own
 * description), says it is recorded in the Activity log and whether it can be restored there, puts the
 * gate in front of the confirm button (a role note, or Grant access for exactly the missing permissions),
 * runs the changes once however often the button is pressed, cannot be closed while they run, and
 * reports each change's outcome with "Retry failed" replacing the failed lines. The body is a slot:
 * a screen's own controls (scope checkboxes, a restore preview) go before the list of changes.
 */
import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState, type ReactNode } from 'react';
import { useDirectoryRoles } from '../../auth/use-directory-roles';
import { GrantAccessPanel } from '../../ui/grant-access-panel';
import { Loading } from '../../ui/loading';
import { APP_TOKENS_AFTERMATH } from '../aftermath-text';
import { describeChange, type Change, type ChangeResult } from '../changes';
import { kindOf } from '../kinds';
import type { ActivityEntry } from '../types';
import { useApplyChanges } from '../use-changes';
import { explainError, operationOf, retrySafeOf } from './change-requirements';
import { ChangeResults, resultSummary } from './change-results';
import { useChangeGate } from './use-change-gate';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    overflowWrap: 'anywhere',
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface ChangeDialogProps {
  title: string;
  /** What the confirm button says, e.g. "Revoke". */
  confirmLabel: string;
  /** Exactly what will be sent; none yet (e.g. nothing chosen, or a preview still reading) keeps confirm off. */
  changes: readonly Change[];
  /** What happens to access already handed out; by default, about the app's tokens. */
  aftermath?: ReactNode;
  /** The screen's own part of the confirmation, shown before the list of changes until they run. */
  children?: ReactNode;
  onClose: () => void;
  /** Called after each run (the first, and each retry) with every line's result as the dialog now shows it. */
  onSettled?: (results: ChangeResult[]) => void;
  /** The Activity entry these changes restore: they run as its restore, linked to it in the log. */
  restores?: ActivityEntry;
}

const restorable = (change: Change) => kindOf(change).inverse !== undefined;

/** The retried lines' new results in place of the failed ones, in order; the other lines stay as they were. */
function replaceFailed(previous: readonly ChangeResult[], retried: readonly ChangeResult[]): ChangeResult[] {
  const next = [...retried];
  return previous.map((line) => (line.outcome === 'failed' ? (next.shift() ?? line) : line));
}

/** "…recorded in the Activity log, where it can be restored" — only what every change's kind can undo. */
function recordedText(changes: readonly Change[]): string {
  const one = changes.length === 1;
  const what = one ? 'This change' : `These ${changes.length} changes`;
  const undoable = changes.filter(restorable).length;
  const where =
    undoable === changes.length
      ? `, where ${one ? 'it' : 'each'} can be restored`
      : undoable === 0
        ? ' (recorded, not restorable)'
        : ', where each can be restored except those marked “recorded, not restorable”';
  return `${what} will be made in your tenant and recorded in the Activity log${where}:`;
}

export function ChangeDialog({ title, confirmLabel, changes, aftermath = APP_TOKENS_AFTERMATH, children, onClose, onSettled, restores }: ChangeDialogProps) {
  const styles = useStyles();
  const apply = useApplyChanges({ restores });
  const roles = useDirectoryRoles();
  const gate = useChangeGate(changes);
  const [results, setResults] = useState<ChangeResult[] | null>(null);
  // Set in the click itself, before any re-render: a second press of the same button does nothing.
  const running = useRef(false);
  const failed = results?.filter((r) => r.outcome === 'failed') ?? [];
  const mixed = changes.some(restorable) && !changes.every(restorable);

  const run = (batch: readonly Change[]) => {
    if (running.current) return;
    running.current = true;
    apply.mutate(batch, {
      onSuccess: (outcome) => {
        const shown = results ? replaceFailed(results, outcome) : outcome;
        setResults(shown);
        onSettled?.(shown);
      },
      onSettled: () => {
        running.current = false;
      },
    });
  };
  const close = () => (apply.isPending || running.current ? undefined : onClose());

  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : close())}>
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
                {children}
                {changes.length > 0 ? (
                  <>
                    <Body1>{recordedText(changes)}</Body1>
                    <ul className={styles.list} aria-label="Changes">
                      {changes.map((change, i) => (
                        <li key={i}>
                          {describeChange(change)}
                          {mixed && !restorable(change) ? <Caption1 className={styles.muted}> (recorded, not restorable)</Caption1> : null}
                        </li>
                      ))}
                    </ul>
                    <div>{aftermath}</div>
                  </>
                ) : null}
              </>
            )}
            {gate.state === 'unknown' && changes.length > 0 && !results ? (
              // Roles and the token are being read: the confirm button stays off until the gate is known.
              <div role="status">
                <Loading label="Checking your access…" />
              </div>
            ) : null}
            {gate.state === 'role-missing' ? (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{gate.reason}</MessageBarBody>
              </MessageBar>
            ) : null}
            {gate.state === 'consent-needed' ? <GrantAccessPanel error={gate.error} operation={operationOf(changes)} screenTitle="This change" /> : null}
            {apply.isPending ? <Loading label="Applying…" /> : null}
            {apply.isError ? (
              <MessageBar intent="error" layout="multiline" role="alert">
                <MessageBarBody>
                  <MessageBarTitle>The change did not run to the end</MessageBarTitle>
                  {explainError(apply.error, { retrySafe: retrySafeOf(changes) }, roles.templateIds)} What was sent is in the Activity log: look there before
                  trying again.
                </MessageBarBody>
              </MessageBar>
            ) : null}
          </DialogContent>
          <DialogActions>
            {!results ? (
              <Button appearance="primary" disabled={gate.state !== 'allowed' || changes.length === 0 || apply.isPending} onClick={() => run(changes)}>
                {confirmLabel}
              </Button>
            ) : null}
            {failed.length > 0 ? (
              <Button appearance="primary" disabled={apply.isPending} onClick={() => run(failed.map((r) => r.change))}>
                Retry failed
              </Button>
            ) : null}
            <Button disabled={apply.isPending} onClick={close}>
              {results ? 'Close' : 'Cancel'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
