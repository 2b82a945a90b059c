import { useMsal } from '@azure/msal-react';
import { Body1, Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { ConsentRequiredError } from '../../../auth/consent-required-error';
import { interactiveTokenRequest } from '../../../auth/claims-challenge';
import { currentRoute } from '../../../auth/interactions';
import { useRedirectAction } from '../../../auth/use-redirect-action';
import { READ_CLIENT_GRANTS } from '../../../graph/client-grant-facts';
import { useClientGrantFacts } from '../api/use-verdict';

const useStyles = makeStyles({ row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' } });

/** Whether the console's grants in the tenant could be read as evidence, and how to allow it. */
export function GrantEvidenceNote({ consoleToken }: { consoleToken: boolean }) {
  const styles = useStyles();
  const { instance } = useMsal();
  const grants = useClientGrantFacts(true);
  const grant = useRedirectAction(() => interactiveTokenRequest(instance, { scopes: READ_CLIENT_GRANTS.scopes, returnTo: currentRoute() }));
  if (!consoleToken) return <Body1>The token is not the console's: the console's grants in the tenant are not used as evidence.</Body1>;
  if (grants.isPending) return <Spinner size="tiny" label="Reading the console's grants…" />;
  if (grants.isSuccess) return <Body1>Evidence includes the console's grants in the tenant ({grants.data.grants.length} grants read).</Body1>;
  return (
    <div className={styles.row} role="note">
      <Body1>
        Grant evidence unavailable: reading the console's grants needs {READ_CLIENT_GRANTS.scopes.join(', ')}
        {grants.error instanceof ConsentRequiredError ? ', which the console does not hold' : ''}. Without it, a stale token and consent by other users cannot
        be told apart from missing consent.
      </Body1>
      <Button disabled={grant.pending} onClick={grant.run}>
        Grant {READ_CLIENT_GRANTS.scopes.join(', ')}
      </Button>
    </div>
  );
}
