import { Body1, Button, Caption1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { adminConsentRedirectUri, randomState, saveAdminConsentRequest } from '../../../auth/admin-consent-request';
import { useConsoleSession } from '../../../auth/use-session';
import { readTenantWideSnapshot } from '../../../graph/app-consent';
import { useGraphClient } from '../../../graph/graph-client-context';
import { adminConsentLink } from '../engine/admin-consent-link';

const useStyles = makeStyles({ row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' } });

/** The console's own name in the Activity log and on the result page. */
const CONSOLE_NAME = 'Consent Console';

/**
 * The admin consent link for the console's own registration, for a user who cannot grant it. Its state
 * is random and saved in this tab's admin-consent request store when the link is opened or copied, so the
 * result page (`/admin-consent/result`, which the README has admins register as a redirect URI of the
 * console) accepts the answer. An admin who opens a copied link in another browser gets the consent
 * page; the result page there refuses the answer, since that browser did not start the request.
 */
export function AdminConsentLinkAction({ scopes }: { scopes: readonly string[] }) {
  const styles = useStyles();
  const { settings } = useConsoleSession();
  const graph = useGraphClient();
  const [state] = useState(randomState);
  const link = adminConsentLink(settings, scopes, adminConsentRedirectUri(window.location.origin), state);
  const scope = new URL(link).searchParams.get('scope') ?? scopes.join(' ');

  /** Stores the request under this link's state (with what the console holds tenant-wide now, if readable). */
  const remember = async () => {
    saveAdminConsentRequest(
      { appId: settings.clientId, appName: CONSOLE_NAME, scope, before: await readTenantWideSnapshot(graph, settings.clientId) },
      { state },
    );
  };

  const open = async (event: React.MouseEvent) => {
    event.preventDefault();
    await remember();
    window.location.assign(link);
  };

  return (
    <div className={styles.row}>
      <Body1>Send an administrator this admin consent link, or open it here if you can sign in as one:</Body1>
      <Link href={link} onClick={(e) => void open(e)}>
        Admin consent for {scopes.join(', ')}
      </Link>
      <Button onClick={() => void remember().then(() => navigator.clipboard.writeText(link))}>Copy link</Button>
      <Caption1>It returns to this console’s /admin-consent/result, which must be a registered redirect URI of the console.</Caption1>
    </div>
  );
}
