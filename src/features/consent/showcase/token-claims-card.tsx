import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { hasScope, type TokenSnapshot } from './token-snapshot';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 'min(280px, 100%)',
    flex: 1,
  },
  list: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
});

const time = (seconds?: number) => (seconds === undefined ? '—' : `${new Date(seconds * 1000).toISOString()} (${seconds})`);

/** The claims incremental consent changes, with an explicit yes/no for the scope the step is about. */
export function TokenClaimsCard({ title, snapshot, scope, empty }: { title: string; snapshot?: TokenSnapshot; scope: string; empty: string }) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.card} aria-labelledby={id}>
      <Subtitle2 as="h3" id={id}>
        {title}
      </Subtitle2>
      {snapshot ? (
        <>
          <Caption1>
            Carries {scope}: <strong>{hasScope(snapshot, scope) ? 'yes' : 'no'}</strong>
          </Caption1>
          <dl className={styles.list}>
            <dt className={styles.term}>scp</dt>
            <dd className={styles.value}>{snapshot.scopes.join(' ') || '—'}</dd>
            <dt className={styles.term}>iat</dt>
            <dd className={styles.value}>{time(snapshot.iat)}</dd>
            <dt className={styles.term}>exp</dt>
            <dd className={styles.value}>{time(snapshot.exp)}</dd>
            <dt className={styles.term}>aud</dt>
            <dd className={styles.value}>{snapshot.aud ?? '—'}</dd>
          </dl>
        </>
      ) : (
        <Caption1>{empty}</Caption1>
      )}
    </section>
  );
}
