import {
  Body1,
  Button,
  Checkbox,
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
import { describeChange, type ChangeResult } from '../../../changes/changes';
import { useApplyChanges } from '../../../changes/use-changes';
import { ConsentRequiredError } from '../../../auth/consent-required-error';
import { checkRole, REVOKE_SESSIONS } from '../../../auth/role-requirements';
import { useCurrentGraphToken } from '../../../auth/use-session';
import { WRITE_GRANTS } from '../../../graph/grant-writes';
import { REVOKE_SIGN_IN_SESSIONS } from '../../../graph/revoke-sign-in-sessions';
import { missingScopes } from '../../../permissions/scopes';
import { GrantAccessPanel } from '../../../ui/grant-access-panel';
import { planRevoke, type AppAccessRow } from '../user-apps';
import { RevokeResults } from './revoke-results';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  legend: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground2 },
});

interface RevokeDialogProps {
  row: AppAccessRow;
  user: { id: string; name: string };
  roleTemplateIds: readonly string[];
  onClose: () => void;
}

const allScopes = (row: AppAccessRow) => new Map(row.grants.map((g) => [g.grant.id, g.scopes.map((s) => s.value)]));

/** "Revoke for this user": pick the scopes (all by default), optionally revoke sessions, confirm, see each result. */
export function RevokeDialog({ row, user, roleTemplateIds, onClose }: RevokeDialogProps) {
  const styles = useStyles();
  const [remove, setRemove] = useState<Map<string, string[]>>(() => allScopes(row));
  const [revokeSessions, setRevokeSessions] = useState(false);
  const [results, setResults] = useState<ChangeResult[] | null>(null);
  const apply = useApplyChanges();
  const token = useCurrentGraphToken();
  const sessionsCheck = checkRole(REVOKE_SESSIONS, roleTemplateIds);

  const changes = planRevoke({ row, remove, user, revokeSessions });
  const needed = [...WRITE_GRANTS.scopes, ...(revokeSessions ? REVOKE_SIGN_IN_SESSIONS.scopes : [])];
  const missing = token.isSuccess ? missingScopes(needed, token.data.scopes) : [];
  const toRun = results ? results.filter((r) => r.outcome === 'failed').map((r) => r.change) : changes;

  const toggle = (grantId: string, scope: string, on: boolean) => {
    const next = new Map(remove);
    const current = next.get(grantId) ?? [];
    next.set(grantId, on ? [...current, scope] : current.filter((s) => s !== scope));
    setRemove(next);
  };
  const run = () =>
    apply.mutate(toRun, { onSuccess: (done) => setResults((before) => [...(before ?? []).filter((r) => r.outcome !== 'failed'), ...done]) });

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>
            Revoke {row.clientName} for {user.name}
          </DialogTitle>
          <DialogContent className={styles.content}>
            {results ? (
              <RevokeResults results={results} roleTemplateIds={roleTemplateIds} />
            ) : (
              <>
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
                  label={`Also revoke ${user.name}'s sign-in sessions`}
                  checked={revokeSessions}
                  disabled={!sessionsCheck.allowed}
                  onChange={(_, data) => setRevokeSessions(data.checked === true)}
                />
                {!sessionsCheck.allowed ? <Body1 className={styles.muted}>{sessionsCheck.reason}</Body1> : null}
                <MessageBar intent="info" layout="multiline">
                  <MessageBarBody>
                    Access tokens the app already holds keep working until they expire (typically 60–90 minutes; apps
                    that support continuous access evaluation are challenged sooner). Revoking sign-in sessions also
                    invalidates, within a few minutes, the refresh tokens of every app and device {user.name} uses: they
                    sign in again. It does not affect external (guest) users, who sign in at their home tenant.{' '}
                    {user.name} can consent to the app again, unless user consent is restricted in your tenant (Enterprise
                    applications → Consent and permissions).
                  </MessageBarBody>
                </MessageBar>
                <div>
                  <Body1 as="p">What will change:</Body1>
                  {changes.length === 0 ? (
                    <Body1 className={styles.muted}>Nothing: choose at least one permission.</Body1>
                  ) : (
                    <ul className={styles.changes} aria-label="What will change">
                      {changes.map((change, i) => (
                        <li key={i}>{describeChange(change)}</li>
                      ))}
                    </ul>
                  )}
                </div>
                {missing.length > 0 ? (
                  <GrantAccessPanel
                    error={new ConsentRequiredError(missing)}
                    operation={{ name: 'Revoke for this user', scopes: missing, reason: `${WRITE_GRANTS.reason} ${revokeSessions ? REVOKE_SIGN_IN_SESSIONS.reason : ''}`.trim() }}
                    screenTitle="Revoking for this user"
                  />
                ) : null}
              </>
            )}
            {apply.isError ? (
              <MessageBar intent="error">
                <MessageBarBody>{apply.error instanceof Error ? apply.error.message : String(apply.error)}</MessageBarBody>
              </MessageBar>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{results ? 'Close' : 'Cancel'}</Button>
            {!results || toRun.length > 0 ? (
              <Button appearance="primary" disabled={toRun.length === 0 || missing.length > 0 || apply.isPending} onClick={run}>
                {apply.isPending ? 'Revoking…' : results ? 'Retry failed' : 'Revoke'}
              </Button>
            ) : null}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
