/**
 * "Revoke for this user": the change dialog with the user's grants as checkboxes (every scope chosen by
 * default: unchecking keeps it) and, when the account's roles allow it, revoking the user's sign-in sessions too.
 */
import { Body1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Change } from '../../../changes/changes';
import { ChangeDialog } from '../../../changes/confirm/change-dialog';
import { useChangeRoleCheck } from '../../../changes/confirm/use-change-gate';
import { planRevoke, type AppAccessRow } from '../user-apps';
import { isolate } from '../../../permissions/names';
import { Name } from '../../../ui/app-name';

const useStyles = makeStyles({
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  legend: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground2 },
});

interface RevokeDialogProps {
  row: AppAccessRow;
  user: { id: string; name: string };
  onClose: () => void;
}

const allScopes = (row: AppAccessRow) => new Map(row.grants.map((g) => [g.grant.id, g.scopes.map((s) => s.value)]));

/** What revoking everything the user consented to for this app changes (the dialog's default choice). */
export const revokeAllChanges = (row: AppAccessRow, user: { id: string; name: string }): Change[] =>
  planRevoke({ row, remove: allScopes(row), user, revokeSessions: false });

export function RevokeDialog({ row, user, onClose }: RevokeDialogProps) {
  const styles = useStyles();
  const sessionsReasonId = useId();
  const [remove, setRemove] = useState<Map<string, string[]>>(() => allScopes(row));
  const [revokeSessions, setRevokeSessions] = useState(false);
  const revokeSessionsChange: Change = { kind: 'revoke-sessions', userId: user.id, names: { principalName: user.name } };
  const sessionsCheck = useChangeRoleCheck()([revokeSessionsChange]);
  const changes = planRevoke({ row, remove, user, revokeSessions });

  const toggle = (grantId: string, scope: string, on: boolean) => {
    const next = new Map(remove);
    const current = next.get(grantId) ?? [];
    next.set(grantId, on ? [...current, scope] : current.filter((s) => s !== scope));
    setRemove(next);
  };

  return (
    <ChangeDialog
      title={`Revoke ${isolate(row.clientName)} for ${isolate(user.name)}`}
      confirmLabel="Revoke"
      changes={changes}
      aftermath={
        <Body1>
          Access tokens the app already holds keep working until they expire (typically 60–90 minutes; apps that support continuous access evaluation are
          challenged sooner). Revoking sign-in sessions also invalidates, within a few minutes, the refresh tokens of every app and device{' '}
          <Name name={user.name} /> uses: they sign in again. It does not affect external (guest) users, who sign in at their home tenant.{' '}
          <Name name={user.name} /> can consent to the app again, unless user consent is restricted in your tenant (Enterprise applications → Consent and
          permissions).
        </Body1>
      }
      onClose={onClose}
    >
      {row.grants.map((view) => (
        <fieldset key={view.grant.id} className={styles.fieldset}>
          <legend className={styles.legend}>Permissions to remove on {view.resourceName}</legend>
          {view.scopes.map((scope) => (
            <Checkbox
              key={scope.value}
              label={scope.name ? `${scope.value} — ${scope.name}` : scope.value}
              checked={(remove.get(view.grant.id) ?? []).includes(scope.value)}
              onChange={(_, data) => toggle(view.grant.id, scope.value, data.checked === true)}
            />
          ))}
        </fieldset>
      ))}
      <Checkbox
        label={`Also revoke ${isolate(user.name)}'s sign-in sessions`}
        checked={revokeSessions}
        disabled={!sessionsCheck?.allowed}
        aria-describedby={sessionsCheck && !sessionsCheck.allowed ? sessionsReasonId : undefined}
        onChange={(_, data) => setRevokeSessions(data.checked === true)}
      />
      {sessionsCheck && !sessionsCheck.allowed ? (
        <Body1 id={sessionsReasonId} className={styles.muted}>
          {sessionsCheck.reason}
        </Body1>
      ) : null}
      {changes.length === 0 ? <Body1 className={styles.muted}>Nothing to change: choose at least one permission.</Body1> : null}
    </ChangeDialog>
  );
}
