import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import type { ActivityEntry } from '../../../changes/types';
import { noObjectBefore } from '../activity-labels';
import { EntryObject } from './entry-object';

const useStyles = makeStyles({
  details: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground2 },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

/** The object before and after the change, and the entry's ids for support cases. */
export function EntryDetails({ entry }: { entry: ActivityEntry }) {
  const styles = useStyles();
  return (
    <div className={styles.details}>
      <section className={styles.section}>
        <h3 className={styles.heading}>Before the change</h3>
        {entry.before ? (
          <EntryObject value={entry.before} target={entry.target} label="Before the change" />
        ) : (
          <Body1 className={styles.muted}>{noObjectBefore(entry)}</Body1>
        )}
      </section>
      {entry.after ? (
        <section className={styles.section}>
          <h3 className={styles.heading}>After the change</h3>
          <EntryObject value={entry.after} target={entry.target} label="After the change" />
        </section>
      ) : null}
      <Body1 className={`${styles.muted} ${styles.code}`}>
        Entry {entry.id} · {entry.at} · signed in as {entry.actor.upn} (object id {entry.actor.oid || 'unknown'}, tenant {entry.actor.tenantId || 'unknown'})
      </Body1>
    </div>
  );
}
