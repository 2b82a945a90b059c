import { useMsal } from '@azure/msal-react';
import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { explainAuthError } from '../../../auth/aadsts';
import { interactiveTokenRequest } from '../../../auth/claims-challenge';
import { canGrantAdminConsent } from '../../../auth/directory-roles';
import { useRedirectAction } from '../../../auth/use-redirect-action';
import { AuthErrorMessage } from '../../../ui/auth-error-message';
import type { Fix } from '../engine/types';
import { AdminConsentLinkAction } from './admin-consent-link-action';

const useStyles = makeStyles({ row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' } });

interface FixActionsProps {
  fix: Fix;
  /** Console path + query to come back to after a redirect (with run=1 for GET calls). */
  returnTo: string;
  /** The signed-in user's directory roles (wids of the console's token). */
  userRoles: readonly string[];
  onRefresh: (scopes: readonly string[]) => void;
  onRunWithGraphToken: () => void;
  busy: boolean;
}

/** The one-click fix of a verdict, or what to ask for when no click can fix it. */
export function FixActions({ fix, returnTo, userRoles, onRefresh, onRunWithGraphToken, busy }: FixActionsProps) {
  const styles = useStyles();
  const { instance } = useMsal();
  const scopes = 'scopes' in fix ? fix.scopes : [];
  const claims = fix.kind === 'reauthenticate' ? fix.claims : undefined;
  const redirect = useRedirectAction(() => interactiveTokenRequest(instance, { scopes, claims, returnTo }));
  const error = redirect.error ? (
    <AuthErrorMessage explanation={explainAuthError(redirect.error instanceof Error ? redirect.error : { message: String(redirect.error) })} />
  ) : null;

  switch (fix.kind) {
    case 'consent':
      return (
        <div className={styles.row}>
          <Button appearance="primary" disabled={redirect.pending} onClick={redirect.run}>
            Grant {fix.scopes.join(', ')}
          </Button>
          <Body1>Incremental consent for exactly this permission; you come back here and the call runs again.</Body1>
          {error}
        </div>
      );
    case 'admin-consent': {
      if (canGrantAdminConsent(userRoles)) {
        return (
          <div className={styles.row}>
            <Button appearance="primary" disabled={redirect.pending} onClick={redirect.run}>
              Grant {fix.scopes.join(', ')} for the organization
            </Button>
            {error}
          </div>
        );
      }
      return <AdminConsentLinkAction scopes={fix.scopes} />;
    }
    case 'refresh-token':
      return (
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} onClick={() => onRefresh(fix.scopes)}>
            Refresh the token and run again
          </Button>
          <Body1>Gets a new token from the identity platform, skipping the cache.</Body1>
        </div>
      );
    case 'reauthenticate':
      return (
        <div className={styles.row}>
          <Button appearance="primary" disabled={redirect.pending} onClick={redirect.run}>
            Sign in again with the requested claims
          </Button>
          {error}
        </div>
      );
    case 'use-graph-token':
      return (
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} onClick={onRunWithGraphToken}>
            Run with the console’s Graph token
          </Button>
        </div>
      );
    case 'request-role':
      return (
        <Body1>
          Ask a Privileged Role Administrator to assign you <strong>{fix.roles[0]}</strong>
          {fix.roles.length > 1 ? ` (or one of: ${fix.roles.slice(1).join(', ')})` : ''}. No consent can replace the role.
        </Body1>
      );
    case 'wait':
      return <Body1>Wait {fix.seconds !== undefined ? `${fix.seconds} seconds` : 'a moment'}, then run the call again.</Body1>;
    case 'admin-grant-app-role':
      return <Body1>An administrator must grant the application permission {fix.roles.join(', ')} to the calling app (admin consent).</Body1>;
  }
}
