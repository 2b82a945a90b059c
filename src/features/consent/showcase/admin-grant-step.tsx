import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useMsal } from '@azure/msal-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { Change } from '../../../changes/changes';
import { useApplyChanges } from '../../../changes/use-changes';
import { ConsentRequiredError } from '../../../auth/consent-required-error';
import { canGrantAdminConsent } from '../../../auth/directory-roles';
import { useActiveAccount, useConsoleSession, useCurrentGraphToken } from '../../../auth/use-session';
import { appConsentQueryOptions, READ_APP_PERMISSIONS } from '../../../graph/app-consent';
import { WRITE_GRANTS } from '../../../graph/grant-writes';
import { useGraphClient } from '../../../graph/graph-client-context';
import { GrantAccessPanel } from '../../../ui/grant-access-panel';
import { QueryError } from '../../../ui/query-error';
import { ApplyResults } from '../direct-grant/apply-results';
import { TokenClaimsCard } from './token-claims-card';
import { readGraphToken } from './use-token-snapshot';
import { GRAPH_APP_ID } from '../../../graph/microsoft-graph';

const useStyles = makeStyles({
  cards: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

/** An admin grants the console one more scope for everyone; the cached token lacks it until refreshed. */
export function AdminGrantStep({ scope }: { scope: string }) {
  const styles = useStyles();
  const { instance } = useMsal();
  const account = useActiveAccount();
  const { settings } = useConsoleSession();
  const graph = useGraphClient();
  const roles = useCurrentGraphToken();
  const isAdmin = canGrantAdminConsent(roles.data?.roleTemplateIds ?? []);
  const held = new Set((roles.data?.scopes ?? []).map((s) => s.toLowerCase()));
  const missing = [...READ_APP_PERMISSIONS.scopes, ...WRITE_GRANTS.scopes].filter((s) => !held.has(s.toLowerCase()));
  const ready = isAdmin && missing.length === 0;
  const consoleApp = useQuery({ ...appConsentQueryOptions(graph, settings.clientId), enabled: ready });
  const graphApp = useQuery({ ...appConsentQueryOptions(graph, GRAPH_APP_ID), enabled: ready });
  const apply = useApplyChanges();
  const cached = useMutation({ mutationFn: () => readGraphToken(instance, account!, false) });
  const refreshed = useMutation({ mutationFn: () => readGraphToken(instance, account!, true) });

  const grant = () => {
    if (!consoleApp.data || !graphApp.data) return;
    const consoleSp = consoleApp.data.servicePrincipal;
    const graphSp = graphApp.data.servicePrincipal;
    const existing = consoleApp.data.grants.find((g) => g.consentType === 'AllPrincipals' && g.resourceId === graphSp.id) ?? null;
    const change: Change = {
      kind: 'add-scopes',
      grant: existing,
      template: { clientId: consoleSp.id, consentType: 'AllPrincipals', principalId: null, resourceId: graphSp.id },
      scopes: [scope],
      names: { clientName: consoleSp.displayName, resourceName: graphSp.displayName },
    };
    cached.reset();
    refreshed.reset();
    apply.mutate([change]);
  };
  const readError = consoleApp.error ?? graphApp.error;

  return (
    <>
      <Body1>
        1. An administrator grants the console {scope} for all users (an AllPrincipals grant). 2. Read the token MSAL has cached:
        it was issued before the grant, so it does not carry {scope}. 3. Ask MSAL for a fresh token with forceRefresh: the new
        token carries it. Access tokens are not updated when consent changes; they are replaced when they expire or are refreshed.
      </Body1>
      {!isAdmin ? (
        <Body1>
          Your account cannot grant admin consent. Ask a Global, Cloud Application or Application Administrator to grant {scope} to
          the Consent Console for all users (for example on Grant through Graph), then continue with steps 2 and 3.
        </Body1>
      ) : missing.length > 0 ? (
        <GrantAccessPanel
          error={new ConsentRequiredError(missing)}
          operation={{ name: 'Grant the console a permission', scopes: missing, reason: "Reads the console's grant and adds the scope to it." }}
          screenTitle="This step"
        />
      ) : readError ? (
        <QueryError error={readError} operation={READ_APP_PERMISSIONS} screenTitle="This step" />
      ) : (
        <div className={styles.actions}>
          <Button appearance="primary" onClick={grant} disabled={!consoleApp.data || !graphApp.data || apply.isPending}>
            {`Grant ${scope} to the console for all users`}
          </Button>
        </div>
      )}
      {apply.data ? <ApplyResults results={apply.data} onRetry={(failed) => apply.mutate(failed)} /> : null}
      <div className={styles.actions}>
        <Button onClick={() => cached.mutate()} disabled={!account}>
          Read the cached token
        </Button>
        <Button onClick={() => refreshed.mutate()} disabled={!account}>
          Refresh the token (forceRefresh)
        </Button>
      </div>
      <div className={styles.cards}>
        <TokenClaimsCard title="Cached token (acquireTokenSilent)" snapshot={cached.data} scope={scope} empty="Use Read the cached token." />
        <TokenClaimsCard title="Refreshed token (forceRefresh: true)" snapshot={refreshed.data} scope={scope} empty="Use Refresh the token." />
      </div>
    </>
  );
}
