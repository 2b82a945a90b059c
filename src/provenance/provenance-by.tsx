import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { ProvenanceStep } from '../permissions/provenance';
import { actorName, formatAuditTime } from './provenance-text';

const useStyles = makeStyles({
  by: { display: 'block', color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

/**
 * "by <actor> on <date>" beside a change a list shows (the review's new grants and app permissions), from
 * its latest audit step; `ready` false while the log is read (nothing shown), no step: the log lacks it.
 */
export function ProvenanceBy({ step, ready }: { step: ProvenanceStep | undefined; ready: boolean }) {
  const styles = useStyles();
  if (!ready) return null;
  if (!step) return <Caption1 className={styles.by}>Not in the audit log read</Caption1>;
  return (
    <Caption1 className={styles.by} data-testid="provenance" title={`Audit event ${step.event.id}`}>
      by {actorName(step.actor)} on <time dateTime={step.at}>{formatAuditTime(step.at)}</time>
    </Caption1>
  );
}
