import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { formatAuditTime, lineText, provenanceLine } from '../../../provenance/provenance-text';
import type { AppProvenanceLines } from './use-app-provenance';

const useStyles = makeStyles({
  line: { display: 'block', color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

interface ProvenanceLineProps {
  lines: AppProvenanceLines;
  /** The grant's or the assignment's id, and which of the two. */
  id: string;
  of: 'grant' | 'assignment';
  /** An admin consent (AllPrincipals grant) or an app permission: granted for the organization. */
  forOrganization: boolean;
}

/**
 * "Granted by <actor> on <date> (audit event <id>)" under a grant or an app permission, or that the log
 * does not reach it. Nothing while the log is read, nor when it cannot be: the page says that once.
 */
export function ProvenanceLine({ lines, id, of, forOrganization }: ProvenanceLineProps) {
  const styles = useStyles();
  if (lines.state === 'unavailable') return null;
  if (lines.state === 'waiting') return <Caption1 className={styles.line}>Reading who granted this…</Caption1>;
  const provenance = of === 'grant' ? lines.grant(id) : lines.assignment(id);
  const sentences = provenanceLine(provenance, lines.context, { forOrganization, noun: of === 'grant' ? 'the grant' : 'the permission' });
  return (
    <>
      {sentences.map((line) => (
        <Caption1 key={lineText(line)} className={styles.line} data-testid="provenance">
          {line.lead}
          {line.at ? <time dateTime={line.at}>{formatAuditTime(line.at)}</time> : null}
          {line.tail}.
        </Caption1>
      ))}
    </>
  );
}
