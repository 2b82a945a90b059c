import { Body1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { SectionHeading } from '../../../ui/section-heading';
import type { ActionRequest } from './action-request';
import type { ResourceGrants } from './app-detail-model';
import { GrantCard } from './grant-card';
import type { AppProvenanceLines } from './use-app-provenance';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  resource: { margin: 0, overflowWrap: 'anywhere' },
});

interface DelegatedGrantsSectionProps {
  resources: readonly ResourceGrants[];
  disabledReason?: string;
  provenance: AppProvenanceLines;
  onAction: (request: ActionRequest) => void;
}

/** Delegated permissions, grouped by the API they are for: the admin consent first, then each user's. */
export function DelegatedGrantsSection({ resources, disabledReason, provenance, onAction }: DelegatedGrantsSectionProps) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <SectionHeading id={headingId}>Delegated permissions</SectionHeading>
      {resources.length === 0 ? <Body1>Nobody has granted this app delegated permissions.</Body1> : null}
      {resources.map((resource) => (
        <div key={resource.resourceId} className={styles.group}>
          <Subtitle2 as="h3" className={styles.resource} title={resource.resourceName}>
            {resource.resourceName}
          </Subtitle2>
          {resource.grants.map((grant) => (
            <GrantCard
              key={`${grant.grant.id}:${grant.grant.scope}`}
              detail={grant}
              disabledReason={disabledReason}
              provenance={provenance}
              onAction={onAction}
            />
          ))}
        </div>
      ))}
    </section>
  );
}
