import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { isGrant, type ActivityEntry } from '../../../changes/types';
import { consentTypeLabel, removedScopes, splitScopes } from '../format';

const useStyles = makeStyles({
  preview: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  code: { fontFamily: tokens.fontFamilyMonospace },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** Exactly what a restore recreates, from the object recorded before the change. */
export function RestorePreview({ entry }: { entry: ActivityEntry }) {
  const styles = useStyles();
  const { before, target } = entry;
  if (!before) return null;
  const client = target.clientName ?? (isGrant(before) ? before.clientId : before.principalId);
  const resource = target.resourceName ?? before.resourceId;

  if (isGrant(before)) {
    const partial = entry.action === 'remove-scopes' && entry.after !== null;
    const scopes = partial ? removedScopes(before, isGrant(entry.after) ? entry.after : null) : splitScopes(before.scope);
    return (
      <div className={styles.preview}>
        <Body1>
          {partial ? 'Adds back to the delegated permission grant of ' : 'Recreates the delegated permission grant of '}
          <strong>{client}</strong> on <strong>{resource}</strong> — {consentTypeLabel(before, target.principalName)} — with{' '}
          {partial ? 'these permissions:' : 'exactly these permissions:'}
        </Body1>
        <ul className={styles.list} aria-label="Permissions to restore">
          {scopes.map((scope) => (
            <li key={scope} className={styles.code}>
              {scope}
            </li>
          ))}
        </ul>
        <Body1 className={styles.muted}>
          The console reads the tenant first: if such a grant exists again, only the permissions it lacks are added. Nothing anyone added since
          is removed.
        </Body1>
      </div>
    );
  }

  return (
    <div className={styles.preview}>
      <Body1>
        Recreates the application permission (app role <span className={styles.code}>{before.appRoleId}</span>) of <strong>{client}</strong> on{' '}
        <strong>{resource}</strong>, as recorded: “{entry.summary}”.
      </Body1>
      <Body1 className={styles.muted}>If it has been assigned again since, nothing changes.</Body1>
    </div>
  );
}
