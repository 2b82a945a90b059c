import { Badge, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useCurrentGraphToken } from '../../../auth/use-session';
import { describeDelegatedScope, permissionCatalogQueryOptions } from '../../../permissions/catalog';
import { isOidcScope } from '../../../permissions/scopes';
import { Loading } from '../../../ui/loading';
import { QueryError } from '../../../ui/query-error';
import { GET_ME } from '../../../graph/operations/users';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', flexWrap: 'wrap', overflowWrap: 'anywhere' },
  code: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** The delegated Graph scopes in the console's current access token. */
export function HeldScopes() {
  const styles = useStyles();
  const token = useCurrentGraphToken();
  const catalog = useQuery(permissionCatalogQueryOptions());
  if (token.isPending) return <Loading label="Reading the current token…" />;
  if (token.isError) return <QueryError error={token.error} operation={GET_ME} screenTitle="The Permissions page" />;
  const scopes = token.data.scopes.filter((s) => !isOidcScope(s));
  return (
    <>
      <ul className={styles.list} aria-label="Permissions held now">
        {scopes.map((scope) => {
          const info = describeDelegatedScope(catalog.data, scope);
          return (
            <li key={scope} className={styles.item}>
              <strong>{info.name}</strong>
              {info.name !== info.value ? <span className={styles.code}>{info.value}</span> : null}
              {info.adminOnly ? (
                <Badge appearance="tint" color="warning">
                  Admin consent
                </Badge>
              ) : null}
            </li>
          );
        })}
      </ul>
      {token.data.expiresAt ? <Caption1 className={styles.muted}>Token valid until {token.data.expiresAt.toLocaleTimeString()}.</Caption1> : null}
    </>
  );
}
