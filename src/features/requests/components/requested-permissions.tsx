/** The permissions a request asks for, by API and type; a name that matches no single API says why. */
import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { Name } from '../../../ui/app-name';
import type { ResolvedScope } from '../pending-scopes';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  code: { fontFamily: tokens.fontFamilyMonospace },
  muted: { color: tokens.colorNeutralForeground2 },
});

export function ScopeLabel({ scope }: { scope: ResolvedScope }) {
  const styles = useStyles();
  if (scope.type === 'unresolved') {
    return (
      <>
        <span className={styles.code}>
          <Name name={scope.name} />
        </span>{' '}
        <span className={styles.muted}>— {scope.why}</span>
      </>
    );
  }
  return (
    <>
      <span className={styles.code}>
        <Name name={scope.value} />
      </span>{' '}
      <span className={styles.muted}>
        ({scope.type === 'application' ? 'application permission' : 'delegated'}, <Name name={scope.resource.displayName} />)
      </span>
    </>
  );
}

export function RequestedPermissions({ scopes }: { scopes: readonly ResolvedScope[] }) {
  const styles = useStyles();
  return (
    <div>
      <Body1 block>Asks for:</Body1>
      <ul className={styles.list} aria-label="Permissions asked for">
        {scopes.map((scope) => (
          <li key={scope.name}>
            <ScopeLabel scope={scope} />
          </li>
        ))}
      </ul>
    </div>
  );
}
