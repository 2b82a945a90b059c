import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { ProvenanceUnavailable } from '../../../provenance/provenance-unavailable';
import { Loading } from '../../../ui/loading';
import { SectionHeading } from '../../../ui/section-heading';
import type { AppProvenance } from './use-app-provenance';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/**
 * "Who granted this": where the lines under each grant and app permission come from, and — once for the
 * page, never per line — why they are missing: the account's roles cannot read the audit log, the
 * console lacks the scopes (Grant access), or the read failed.
 */
export function WhoGrantedSection({ provenance }: { provenance: AppProvenance }) {
  const styles = useStyles();
  const headingId = useId();
  const { retention, retentionError, truncated, lines } = provenance;
  let body;
  if (lines.state === 'unavailable') body = <ProvenanceUnavailable provenance={provenance} screenTitle="Who granted this" />;
  else if (lines.state === 'waiting') body = <Loading label="Reading the directory audit log…" />;
  else {
    const reach = retention
      ? `This tenant's licence (${retention.edition}) keeps ${retention.days} days of it: anything granted earlier shows no author.`
      : `How far back it reaches is unknown${retentionError ? ' (the licence could not be read)' : ''}: 7 days on Entra ID Free, 30 with P1 or P2.`;
    body = (
      <Body1 as="p" block>
        From the directory audit log’s consent and grant events. {reach}
        {truncated ? ` Only the newest ${lines.context.maxEvents.toLocaleString()} events were read.` : ''}
      </Body1>
    );
  }
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <SectionHeading id={headingId}>Who granted this</SectionHeading>
      {body}
    </section>
  );
}
