import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { GrantView } from '../user-apps';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  resource: { color: tokens.colorNeutralForeground2 },
  scopes: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  scope: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
  },
});

/** The scopes of an app's grants, per API; the API's own name for a scope is the tooltip. */
export function ScopeList({ grants }: { grants: readonly GrantView[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {grants.map(({ grant, resourceName, scopes }) => (
        <li key={grant.id}>
          <Caption1 className={styles.resource}>{resourceName}: </Caption1>
          <span className={styles.scopes}>
            {scopes.map((scope) => (
              <span key={scope.value} className={styles.scope} title={scope.name}>
                {scope.value}
              </span>
            ))}
          </span>
        </li>
      ))}
    </ul>
  );
}
