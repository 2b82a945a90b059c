import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useGraphClient } from '../../../graph/graph-client-context';
import { APPS_INVENTORY } from '../../../graph/inventory/inventory-reads';
import { useProgressiveInventory } from '../../../graph/inventory/use-progressive-inventory';
import { listUsersBasicQueryOptions } from '../../../graph/list-users';
import { permissionCatalogQueryOptions } from '../../../permissions/catalog';
import { useLastReview, useReviewMarks } from '../../../review/use-last-review';
import { isolate } from '../../../permissions/names';
import { Name } from '../../../ui/app-name';
import { InventoryError, InventoryReadGate } from '../../../ui/inventory-read-gate';
import { Loading } from '../../../ui/loading';
import { PageHeader } from '../../../ui/page-header';
import { SectionHeading } from '../../../ui/section-heading';
import { formatWhen, MarkReview } from './mark-review';
import { SinceReviewSection } from './since-review-section';
import { UnusedSection } from './unused-section';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

const Header = () => (
  <PageHeader
    title="Access review"
    description="Mark a review of app access done, then see what was granted since — new apps, new and widened grants, new application permissions — and take it back; and which apps hold high-risk permissions they have not used for 90 days."
  />
);

/** /review — reads the inventory only when the account's directory roles may. */
export function ReviewPage() {
  const styles = useStyles();
  return (
    <InventoryReadGate className={styles.page} fallbackHeader={<Header />}>
      <Review />
    </InventoryReadGate>
  );
}

function Review() {
  const styles = useStyles();
  const graph = useGraphClient();
  // The Applications screens' query: a visit there or here fills the cache for both.
  const { inventory } = useProgressiveInventory(APPS_INVENTORY);
  const users = useQuery({ ...listUsersBasicQueryOptions(graph), enabled: inventory.isSuccess });
  const catalog = useQuery(permissionCatalogQueryOptions());
  const last = useLastReview();
  const marks = useReviewMarks();

  if (inventory.isError) {
    return (
      <div className={styles.page}>
        <Header />
        <InventoryError error={inventory.error} screenTitle="The Access review screen" onRetry={() => void inventory.refetch()} />
      </div>
    );
  }
  if (!inventory.data || last.state === 'loading') {
    return (
      <div className={styles.page}>
        <Header />
        <Loading label="Loading the inventory and your last review…" />
      </div>
    );
  }
  const mark = last.state === 'ready' ? last.mark : undefined;
  const history = marks.data ?? [];

  return (
    <div className={styles.page}>
      <Header />
      <section className={styles.section} aria-labelledby="last-review">
        <SectionHeading id="last-review">Last review</SectionHeading>
        <Body1 as="p" block data-testid="last-review">
          {mark ? `Marked done on ${formatWhen(mark.at)} by ${isolate(mark.by.upn)}.` : 'No review has been marked done in this browser for your account yet.'}
        </Body1>
        {marks.isError ? <Body1 block>The reviews kept in this browser could not be read: {String(marks.error)}</Body1> : null}
        <MarkReview inventory={inventory.data} last={mark} />
        {history.length > 1 ? (
          <details>
            <summary>Earlier reviews ({history.length - 1})</summary>
            <ul className={styles.list}>
              {history.slice(1).map((m) => (
                <li key={m.id}>
                  {formatWhen(m.at)} by <Name name={m.by.upn} />
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>
      {users.isError ? <Body1>User names could not be read: user consents show the user’s ID.</Body1> : null}
      {mark ? <SinceReviewSection mark={mark} inventory={inventory.data} catalog={catalog.data} users={users.data} /> : null}
      <UnusedSection inventory={inventory.data} catalog={catalog.data} users={users.data} />
    </div>
  );
}
