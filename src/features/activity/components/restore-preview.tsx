/**
 * What a restore will write, read from the tenant when the dialog opens (previewRestore): the grant it
 * creates or the permissions it adds back to the grant as it is now, or the app role it assigns again —
 * and what differs since the change (e.g. permissions another admin removed meanwhile, which stay removed).
 */
import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import type { UseQueryResult } from '@tanstack/react-query';
import type { RestoreStep } from '../../../changes/restore-plan';
import { isGrant, isPolicySnapshot, type ActivityEntry } from '../../../changes/types';
import { scopesMissingFrom, splitScopes } from '../../../permissions/scopes';
import { Loading } from '../../../ui/loading';
import { QueryError } from '../../../ui/query-error';
import { consentTypeLabel } from '../format';
import { restorePreviewRead } from '../../../changes/restore';

const useStyles = makeStyles({
  preview: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  code: { fontFamily: tokens.fontFamilyMonospace },
  muted: { color: tokens.colorNeutralForeground2 },
});

interface RestorePreviewProps {
  entry: ActivityEntry;
  preview: UseQueryResult<RestoreStep>;
}

export function RestorePreview({ entry, preview }: RestorePreviewProps) {
  const styles = useStyles();
  if (preview.isPending) return <Loading label="Reading what the tenant holds now…" />;
  if (preview.isError) {
    return (
      <QueryError
        error={preview.error}
        operation={restorePreviewRead(entry).operation}
        screenTitle="The restore preview"
        onRetry={() => void preview.refetch()}
      />
    );
  }
  const step = preview.data;
  const differences = 'differences' in step ? step.differences : [];
  return (
    <div className={styles.preview}>
      <StepText entry={entry} step={step} />
      {differences.length > 0 ? (
        <>
          <Body1>The tenant changed since this change was made:</Body1>
          <ul className={styles.list} aria-label="What differs since the change">
            {differences.map((difference) => (
              <li key={difference}>{difference}</li>
            ))}
          </ul>
        </>
      ) : null}
      {writesBackRemoved(step) ? (
        <Body1 className={styles.muted}>Only what the change removed is written back; nothing anyone added since is removed.</Body1>
      ) : null}
    </div>
  );
}

function ScopeItems({ scopes }: { scopes: readonly string[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Permissions to restore">
      {scopes.map((scope) => (
        <li key={scope} className={styles.code}>
          {scope}
        </li>
      ))}
    </ul>
  );
}

/** Restores that write back what a change removed (a kind's own inverse says in its description what it undoes). */
function writesBackRemoved(step: RestoreStep): boolean {
  return step.kind === 'create-grant' || step.kind === 'set-grant-scope' || step.kind === 'create-assignment';
}

/** The one write the restore makes, as read from the tenant now. */
function StepText({ entry, step }: { entry: ActivityEntry; step: RestoreStep }) {
  const styles = useStyles();
  const { before, target } = entry;
  if (step.kind === 'inverse') return <Body1>{step.description}</Body1>;
  if (step.kind === 'nothing' || !before || isPolicySnapshot(before))
    return <Body1>Nothing to write: {step.kind === 'nothing' ? step.reason : 'the change recorded no object.'}</Body1>;
  const client = <strong>{target.clientName ?? (isGrant(before) ? before.clientId : (target.principalName ?? before.principalId))}</strong>;
  const resource = <strong>{target.resourceName ?? before.resourceId}</strong>;
  const kind = isGrant(before) ? consentTypeLabel(before, target.principalName) : '';

  if (step.kind === 'create-grant') {
    return (
      <>
        <Body1>
          Creates the delegated permission grant of {client} on {resource} — {kind} — with exactly these permissions:
        </Body1>
        <ScopeItems scopes={splitScopes(step.grant.scope)} />
      </>
    );
  }
  if (step.kind === 'set-grant-scope') {
    return (
      <>
        <Body1>
          Adds back to the delegated permission grant of {client} on {resource} — {kind} — these permissions:
        </Body1>
        <ScopeItems scopes={scopesMissingFrom(step.scope, step.previousScope)} />
        <Body1>
          The grant goes from <span className={styles.code}>{step.previousScope}</span> to <span className={styles.code}>{step.scope}</span>.
        </Body1>
      </>
    );
  }
  const what = step.assignment.principalType === 'User' ? 'app role assignment' : 'application permission';
  return (
    <Body1>
      Assigns again the {what} (app role <span className={styles.code}>{step.assignment.appRoleId}</span>) of {client} on {resource}, as recorded: “
      {entry.summary}”.
    </Body1>
  );
}
