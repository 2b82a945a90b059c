/** The admin consent workflow's settings, each in words with what it means for users and reviewers. */
import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { consentRequestPolicyQueryOptions } from '../../../graph/consent-requests';
import { useGraphClient } from '../../../graph/graph-client-context';
import { groupsQueryOptions } from '../../../graph/list-group-members';
import { Loading } from '../../../ui/loading';
import { QueryError } from '../../../ui/query-error';
import { SectionHeading } from '../../../ui/section-heading';
import { workflowFacts } from '../workflow-text';
import { useActiveAccount } from '../../../auth/use-session';
import { READ_CONSENT_REQUEST_POLICY } from '../../../graph/operations/consent-requests';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(10em, max-content) 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  pair: { display: 'contents' },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

export function WorkflowSettings() {
  const styles = useStyles();
  const headingId = useId();
  const graph = useGraphClient();
  const policy = useQuery(consentRequestPolicyQueryOptions(graph));
  const groups = useQuery(groupsQueryOptions(graph));
  const account = useActiveAccount();
  // Groups by the groups read; the signed-in admin by the account (naming other users would ask for User.ReadBasic.All).
  const nameOf = (id: string) =>
    groups.data?.find((g) => g.id === id)?.displayName ?? (account && account.localAccountId === id ? `${account.name ?? account.username}, you` : undefined);

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <SectionHeading id={headingId}>The admin consent workflow</SectionHeading>
      {policy.isError ? (
        <QueryError error={policy.error} operation={READ_CONSENT_REQUEST_POLICY} screenTitle="The workflow settings" onRetry={() => void policy.refetch()} />
      ) : !policy.data ? (
        <Loading label="Reading the workflow settings…" />
      ) : (
        <dl className={styles.facts} aria-label="Admin consent workflow settings">
          {workflowFacts(policy.data, nameOf).map((fact) => (
            <div key={fact.label} className={styles.pair}>
              <dt className={styles.term}>{fact.label}</dt>
              <dd className={styles.value}>
                <Body1 block>{fact.value}</Body1>
                {fact.items?.length ? (
                  <ul className={styles.list} aria-label={fact.label}>
                    {fact.items.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                ) : null}
                <Body1 block className={styles.muted}>
                  {fact.explanation}
                </Body1>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
