import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { publisherOf } from '../../../permissions/publisher';
import { PublisherBadge } from '../../../ui/publisher-badge';
import { safeExternalUrl } from '../../../ui/safe-url';
import { AppRisk } from '../components/app-risk';
import { PublisherLabel } from '../components/publisher-label';
import type { AppDetail } from './app-detail-model';

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  mono: { margin: 0, fontFamily: tokens.fontFamilyMonospace },
});

/** Who publishes the app, its risk as the Applications list rates it, and how to recognise it. Links from Graph data only when they are http(s). */
export function AppSummary({ detail, tenantId }: { detail: AppDetail; tenantId: string }) {
  const styles = useStyles();
  const { sp } = detail;
  const homepage = safeExternalUrl(sp.homepage);
  return (
    <dl className={styles.list}>
      <dt className={styles.term}>Publisher</dt>
      <dd className={styles.value}>
        <PublisherLabel sp={sp} tenantId={tenantId} />
      </dd>
      <dt className={styles.term}>Type</dt>
      <dd className={styles.value}>
        <PublisherBadge kind={publisherOf(sp, tenantId).kind} />
      </dd>
      <dt className={styles.term}>Highest risk</dt>
      <dd className={styles.value}>
        <AppRisk tier={detail.risk.tier} reasons={detail.risk.reasons} holdsAnything={detail.holdsAnything} />
      </dd>
      <dt className={styles.term}>Application (client) ID</dt>
      <dd className={styles.mono}>{sp.appId}</dd>
      <dt className={styles.term}>Object ID</dt>
      <dd className={styles.mono}>{sp.id}</dd>
      <dt className={styles.term}>Homepage</dt>
      <dd className={styles.value}>
        {homepage ? (
          <Link href={homepage} target="_blank" rel="noopener noreferrer">
            {homepage}
          </Link>
        ) : (
          'None given'
        )}
      </dd>
    </dl>
  );
}
