import { Body1, Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useTenantId } from '../../../auth/use-session';
import { LoadProgress, type LoadCount } from '../../../ui/load-progress';
import { PageHeader } from '../../../ui/page-header';
import { QueryError } from '../../../ui/query-error';
import { SearchForm } from '../../../ui/search-form';
import { useInventory, type LoadCounts } from '../api/use-inventory';
import {
  activeFilterCount,
  defaultDirection,
  filterRows,
  parseListParams,
  sortRows,
  writeListParams,
  withoutFilters,
  type AppListParams,
  type SortKey,
} from '../list/list-params';
import { useReviewFacts } from '../list/use-review-facts';
import { AppsFilters } from './apps-filters';
import { AppsTable } from './apps-table';
import { ExportButtons } from './export-buttons';
import { ReviewFilterNotes } from './review-filter-notes';
import { InventoryError, InventoryReadGate } from './inventory-read-gate';
import { LIST_USERS_BASIC } from '../../../graph/operations/users';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  toolbar: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'flex-end', gap: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground2 },
});

const TITLE = 'Applications';

function loadCounts(progress: LoadCounts | null): LoadCount[] {
  return [
    { label: 'applications', value: progress?.servicePrincipals ?? 0 },
    { label: 'delegated grants', value: progress?.grants ?? 0 },
    { label: 'application permissions', value: progress?.assignments ?? 0 },
  ];
}

const DESCRIPTION =
  'Every application (service principal) in your tenant, what it was granted — by an admin for everyone, by users for themselves, or as application permissions — and its highest risk.';

/** /apps — loads the inventory only when the account's directory roles may read it. */
export function AppsPage() {
  const styles = useStyles();
  return (
    <InventoryReadGate fallbackHeader={<PageHeader title={TITLE} description={DESCRIPTION} />} className={styles.page}>
      <AppsList />
    </InventoryReadGate>
  );
}

function AppsList() {
  const styles = useStyles();
  const [params, setParams] = useSearchParams();
  const state = parseListParams(params);
  const tenantId = useTenantId();
  const { inventory, users, rows, progress, loading, cancelled, cancel, reload } = useInventory();
  const facts = useReviewFacts(state, rows, inventory.data);
  const hygiene = facts.hygiene.byApp;
  const listUrl = params.toString();
  const changedSinceReview = facts.changedSinceReview;
  // Filtered and sorted once per change of rows, URL or facts, not on every render (a load's progress re-renders often).
  const shown = useMemo(
    () => sortRows(filterRows(rows, state, tenantId, { hygiene, changedSinceReview }), state.sort, state.direction, tenantId),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- state is parsed afresh each render; its URL is its identity
    [rows, listUrl, tenantId, hygiene, changedSinceReview],
  );

  const update = (change: Partial<AppListParams>) => setParams(writeListParams(params, { ...state, ...change }), { replace: false });
  const onSort = (key: SortKey) => update({ sort: key, direction: state.sort === key ? (state.direction === 'asc' ? 'desc' : 'asc') : defaultDirection(key) });
  const clear = () => update(withoutFilters(state));

  return (
    <div className={styles.page}>
      <PageHeader title={TITLE} description={DESCRIPTION} />
      <div className={styles.toolbar}>
        <SearchForm
          key={state.search}
          name="Applications"
          label="Search by name, publisher or application ID"
          search={state.search}
          onSearch={(search) => update({ search })}
        />
        {inventory.data ? <ExportButtons inventory={inventory.data} users={users.data} tenantId={tenantId} hygiene={facts.hygiene.byApp} /> : null}
      </div>
      <AppsFilters state={state} onChange={update} onClear={clear} canClear={activeFilterCount(state) > 0} />
      <ReviewFilterNotes state={state} facts={facts} inventoryComplete={inventory.isSuccess} />
      {loading && !inventory.data ? (
        <LoadProgress label="Loading the inventory" counts={loadCounts(progress)} requests={progress?.requests} onCancel={cancel} />
      ) : null}
      {cancelled ? (
        <MessageBar intent="warning">
          <MessageBarBody>Loading stopped: the list shows only what had arrived, and export is off until the inventory is complete.</MessageBarBody>
          <MessageBarActions>
            <Button onClick={reload}>Load again</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {inventory.isError ? <InventoryError error={inventory.error} screenTitle={`The ${TITLE} screen`} onRetry={() => void inventory.refetch()} /> : null}
      {users.isError ? (
        <QueryError error={users.error} operation={LIST_USERS_BASIC} screenTitle="Showing who consented" onRetry={() => void users.refetch()} />
      ) : null}
      {inventory.isSuccess || rows.length > 0 ? (
        <>
          {shown.length > 0 ? (
            <AppsTable rows={shown} tenantId={tenantId} sort={state.sort} direction={state.direction} onSort={onSort} />
          ) : (
            <Body1>No application matches the search and filters.</Body1>
          )}
          <Body1 className={styles.muted} role="status">
            Showing {shown.length} of {rows.length} application{rows.length === 1 ? '' : 's'}
            {inventory.isSuccess ? '' : ' loaded so far'}
          </Body1>
        </>
      ) : null}
    </div>
  );
}
