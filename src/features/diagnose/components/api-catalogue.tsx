import { Caption1, Field, Input, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useDeferredValue, useMemo, useState } from 'react';
import { RouterLink } from '../../../ui/router-link';
import type { ApiPermissions } from '../../../permissions/api-map';
import { useApiMap } from '../api/use-verdict';

const LIMIT = 40;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  group: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  muted: { color: tokens.colorNeutralForeground2 },
});

function search(entries: ApiPermissions[], query: string): ApiPermissions[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return entries.filter((e) => words.every((w) => e.key.toLowerCase().includes(w) || e.delegated.some((d) => d.toLowerCase() === w)));
}

/** The Graph v1.0 API catalogue (about 5,500 operations), searched; at most 40 shown, grouped by resource. */
export function ApiCatalogue() {
  const styles = useStyles();
  const map = useApiMap();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const results = useMemo(() => search(map.data?.entries() ?? [], deferred), [map.data, deferred]);
  const groups = useMemo(() => {
    const byResource = new Map<string, ApiPermissions[]>();
    for (const entry of results.slice(0, LIMIT)) {
      const resource = entry.path.split('/')[1] ?? '';
      byResource.set(resource, [...(byResource.get(resource) ?? []), entry]);
    }
    return [...byResource];
  }, [results]);
  if (map.isPending) return <Spinner size="tiny" label="Loading the Graph API catalogue…" />;
  if (map.isError) return <Caption1>The Graph API catalogue could not be loaded.</Caption1>;
  return (
    <div className={styles.root}>
      <Field
        label="Search the Graph API catalogue"
        hint={`${map.data.entries().length.toLocaleString()} operations; words match the method, path or a permission.`}
      >
        <Input type="search" value={query} onChange={(_, d) => setQuery(d.value)} placeholder="e.g. get me messages" />
      </Field>
      {deferred && (
        <Caption1 role="status" className={styles.muted}>
          {results.length === 0
            ? 'No operation matches.'
            : results.length > LIMIT
              ? `Showing ${LIMIT} of ${results.length.toLocaleString()} matches — add words to narrow down.`
              : `${results.length} matches.`}
        </Caption1>
      )}
      {groups.map(([resource, entries]) => (
        <section key={resource} aria-label={`/${resource}`}>
          <h3 className={styles.group}>/{resource}</h3>
          <ul className={styles.list}>
            {entries.map((e) => (
              <li key={e.key}>
                <RouterLink className={styles.mono} to={`/diagnose?${new URLSearchParams({ method: e.method, path: e.path })}`}>
                  {e.method} {e.path}
                </RouterLink>{' '}
                <span className={styles.muted}>{e.leastDelegated ?? 'application permissions only'}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
