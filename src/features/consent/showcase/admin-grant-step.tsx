/**
 * Showcase step 4: an admin grants the console one more scope for everyone (an AllPrincipals grant,
 * through the change dialog like every write), then compares the token MSAL has cached — issued before
 * the grant, so without the scope — with a refreshed one.
 */
import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useMsal } from '@azure/msal-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { canGrantAdminConsent } from '../../../auth/directory-roles';
import { useActiveAccount, useConsoleSession, useCurrentGraphToken } from '../../../auth/use-session';
import type { Change } from '../../../changes/changes';
import { ChangeDialog } from '../../../changes/confirm/change-dialog';
import { appConsentQueryOptions, type AppConsentState } from '../../../graph/app-consent';
import { useGraphClient } from '../../../graph/graph-client-context';
import { GRAPH_APP_ID } from '../../../graph/microsoft-graph';
import { QueryError } from '../../../ui/query-error';
import { TokenClaimsCard } from './token-claims-card';
import { readGraphToken } from './use-token-snapshot';
import { READ_APP_PERMISSIONS } from '../../../graph/operations/applications';

const useStyles = makeStyles({
  cards: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** The change that adds `scope` to the console's AllPrincipals grant on Microsoft Graph (or creates that grant). */
function grantToConsole(consoleApp: AppConsentState, graphApp: AppConsentState, scope: string): Change {
  const consoleSp = consoleApp.servicePrincipal;
  const graphSp = graphApp.servicePrincipal;
  return {
    kind: 'add-scopes',
    grant: consoleApp.grants.find((g) => g.consentType === 'AllPrincipals' && g.resourceId === graphSp.id) ?? null,
    template: { clientId: consoleSp.id, consentType: 'AllPrincipals', principalId: null, resourceId: graphSp.id },
    scopes: [scope],
    names: { clientName: consoleSp.displayName, resourceName: graphSp.displayName },
  };
}

export function AdminGrantStep({ scope }: { scope: string }) {
  const styles = useStyles();
  const { instance } = useMsal();
  const account = useActiveAccount();
  const { settings } = useConsoleSession();
  const graph = useGraphClient();
  const roles = useCurrentGraphToken();
  const isAdmin = canGrantAdminConsent(roles.data?.roleTemplateIds ?? []);
  const consoleApp = useQuery({ ...appConsentQueryOptions(graph, settings.clientId), enabled: isAdmin });
  const graphApp = useQuery({ ...appConsentQueryOptions(graph, GRAPH_APP_ID), enabled: isAdmin });
  const [granting, setGranting] = useState<Change | null>(null);
  const cached = useMutation({ mutationFn: () => readGraphToken(instance, account!, false) });
  const refreshed = useMutation({ mutationFn: () => readGraphToken(instance, account!, true) });
  const readError = consoleApp.error ?? graphApp.error;

  return (
    <>
      <ol className={styles.steps} aria-label="What this step does">
        <li>An administrator grants the console {scope} for all users (an AllPrincipals grant).</li>
        <li>Read the token MSAL has cached: it was issued before the grant, so it does not carry {scope}.</li>
        <li>Ask MSAL for a fresh token with forceRefresh: the new token carries it.</li>
      </ol>
      <Body1>Access tokens are not updated when consent changes; they are replaced when they expire or are refreshed.</Body1>
      {!isAdmin ? (
        <Body1>
          Your account cannot grant admin consent. Ask a Global, Privileged Role, Cloud Application or Application Administrator to grant {scope} to the Consent
          Console for all users (for example on Grant through Graph), then read the cached token and refresh it (2 and 3 above).
        </Body1>
      ) : readError ? (
        <QueryError error={readError} operation={READ_APP_PERMISSIONS} screenTitle="This step" />
      ) : (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={!consoleApp.data || !graphApp.data}
            onClick={() => (consoleApp.data && graphApp.data ? setGranting(grantToConsole(consoleApp.data, graphApp.data, scope)) : undefined)}
          >
            {`Grant ${scope} to the console for all users`}
          </Button>
        </div>
      )}
      {granting ? (
        <ChangeDialog
          title={`Grant ${scope} to the console`}
          confirmLabel="Grant"
          changes={[granting]}
          aftermath={`Tokens the console already holds do not carry ${scope}: only a new token (step 3) does.`}
          onSettled={() => {
            cached.reset();
            refreshed.reset();
          }}
          onClose={() => setGranting(null)}
        />
      ) : null}
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
