import { Body1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { AdminConsentRequestRecord } from '../../../auth/admin-consent-request';
import { NOT_YET_VISIBLE_DETAIL } from '../../../changes/outcome-text';
import { RouterLink } from '../../../ui/router-link';
import { isDefaultScope, UNCHANGED_TEXT } from './admin-consent-entries';
import { consentStateNames } from './granted-permissions';
import { isUnchanged } from './tenant-wide-diff';
import type { AdminConsentOutcome } from './use-admin-consent-outcome';
import { Name } from '../../../ui/app-name';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  mono: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
});

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What the admin consent changed tenant-wide, above all the scopes it removed. */
export function ConsentChanges({ request, outcome }: { request: AdminConsentRequestRecord; outcome: AdminConsentOutcome }) {
  const styles = useStyles();
  const { diff, state, unchanged } = outcome;
  const { resourceName, roleName } = consentStateNames(state);
  const removed = diff?.grants.filter((g) => g.removed.length > 0) ?? [];
  const logged = <RouterLink to="/activity">Activity log</RouterLink>;

  if (!diff) {
    return (
      <Body1>What the consent replaced is unknown: the app’s permissions could not be read before the consent page opened. Recorded in the {logged}.</Body1>
    );
  }
  if (isUnchanged(diff)) {
    return (
      <Body1>
        {unchanged === 'not-yet-visible' ? `No change is visible yet. ${NOT_YET_VISIBLE_DETAIL}` : `${capitalized(UNCHANGED_TEXT[unchanged])}.`} Recorded in the{' '}
        {logged}.
      </Body1>
    );
  }
  return (
    <>
      {removed.length > 0 ? (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Admin consent removed permissions</MessageBarTitle>
            {isDefaultScope(request.scope) ? 'Consent with /.default replaced the tenant-wide grant with what the app registration configures: ' : ''}
            these delegated permissions were granted for all users before and are not any more.
            <ul className={styles.list} aria-label="Removed by admin consent">
              {removed.map((g) => (
                <li key={g.resourceId}>
                  <Name name={resourceName(g.resourceId)} />: <span className={styles.mono}>{g.removed.join(' ')}</span>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <ul className={styles.list} aria-label="Changed by admin consent">
        {diff.grants
          .filter((g) => g.added.length > 0)
          .map((g) => (
            <li key={g.resourceId}>
              Added on <Name name={resourceName(g.resourceId)} />: <span className={styles.mono}>{g.added.join(' ')}</span>
            </li>
          ))}
        {diff.assignmentsAdded.map((a) => (
          <li key={a.id}>
            Application permission added: <span className={styles.mono}>{roleName(a.resourceId, a.appRoleId)}</span> on{' '}
            <Name name={resourceName(a.resourceId)} />
          </li>
        ))}
        {diff.assignmentsRemoved.map((a) => (
          <li key={a.id}>
            Application permission no longer held: <span className={styles.mono}>{roleName(a.resourceId, a.appRoleId)}</span> on{' '}
            <Name name={resourceName(a.resourceId)} />
          </li>
        ))}
      </ul>
      <Body1>Every change is recorded in the {logged}.</Body1>
    </>
  );
}
