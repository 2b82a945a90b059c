import { useMsal } from '@azure/msal-react';
import { Body1, Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { ConsentRequiredError } from '../../../auth/consent-required-error';
import { interactiveTokenRequest } from '../../../auth/claims-challenge';
import { currentRoute } from '../../../auth/interactions';
import { useCurrentGraphToken } from '../../../auth/use-session';
import { useRedirectAction } from '../../../auth/use-redirect-action';
import { permissionCatalogQueryOptions } from '../../../permissions/catalog';
import { useClientGrantFacts } from '../api/use-verdict';
import { consentPath } from '../engine/consent-path';
import { AdminConsentLinkAction } from './admin-consent-link-action';
import { READ_CLIENT_GRANTS } from '../../../graph/operations/grants';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** Whether the console's grants in the tenant could be read as evidence, and how to allow it. */
export function GrantEvidenceNote({ consoleToken }: { consoleToken: boolean }) {
  const styles = useStyles();
  const { instance } = useMsal();
  const grants = useClientGrantFacts(true);
  const catalog = useQuery(permissionCatalogQueryOptions());
  const token = useCurrentGraphToken();
  const grant = useRedirectAction(() => interactiveTokenRequest(instance, { scopes: READ_CLIENT_GRANTS.scopes, returnTo: currentRoute() }));
  if (!consoleToken) return <Body1>The token is not the console's: the console's grants in the tenant are not used as evidence.</Body1>;
  if (grants.isPending) return <Spinner size="tiny" label="Reading the console's grants…" />;
  if (grants.isSuccess) return <Body1>Evidence includes the console's grants in the tenant ({grants.data.grants.length} grants read).</Body1>;
  const scopes = READ_CLIENT_GRANTS.scopes;
  // Directory.Read.All needs an administrator: a plain user is offered the request, not a consent that ends in "Need admin approval".
  const path = consentPath(scopes, (scope) => catalog.data?.delegated(scope)?.isAdmin, token.data?.roleTemplateIds ?? []);
  const notHeld = grants.error instanceof ConsentRequiredError;
  const why = `Without it, a stale token and consent by other users cannot be told apart from missing consent.`;
  if (path === 'ask-an-admin') {
    return (
      <div className={styles.column} role="note">
        <Body1>
          Grant evidence unavailable: reading the console's grants needs {scopes.join(', ')}
          {notHeld ? ', which the console does not hold and only an administrator can grant' : ''}. {why}
        </Body1>
        <AdminConsentLinkAction scopes={scopes} />
      </div>
    );
  }
  return (
    <div className={styles.row} role="note">
      <Body1>
        Grant evidence unavailable: reading the console's grants needs {scopes.join(', ')}
        {notHeld ? ', which the console does not hold' : ''}. {why}
      </Body1>
      <Button disabled={grant.pending} onClick={grant.run}>
        Grant {scopes.join(', ')}
      </Button>
    </div>
  );
}
