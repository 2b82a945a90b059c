import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { Name } from '../../../ui/app-name';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/**
 * Named scopes vs `/.default` on the v2 adminconsent endpoint (v2-admin-consent, grant-admin-consent):
 * named scopes grant only those delegated permissions; `/.default` grants what the registration
 * configures, application permissions included, and replaces the tenant-wide delegated grant.
 */
export function ScopeChoiceExplainer({ appName }: { appName: string | undefined }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="What each choice grants">
      <li>
        <Body1>
          <strong>Everything the app registered (/.default)</strong> grants what {appName ? <Name name={appName} /> : 'the application'}
          ’s app registration configures, its application permissions included. It <strong>replaces</strong> the delegated permissions granted for all users: a
          permission granted tenant-wide before that the registration no longer configures is <strong>removed</strong>.
        </Body1>
      </li>
      <li>
        <Body1>
          <strong>Only the permissions I name</strong> grants just those delegated permissions, added to what is granted already. It never grants application
          permissions, even one you name.
        </Body1>
      </li>
    </ul>
  );
}
