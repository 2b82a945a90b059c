import { makeStyles, tokens } from '@fluentui/react-components';
import { publisherOf, type PublisherFacts } from '../../../permissions/publisher';
import { PublisherBadge } from '../../../ui/publisher-badge';
import { revealHidden } from '../../../permissions/names';
import { Name, NameWarnings } from '../../../ui/app-name';

const useStyles = makeStyles({
  publisher: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', overflowWrap: 'anywhere' },
});

/** Publisher name with who vouches for it: Microsoft, your organization, a verified publisher, or nobody. */
export function PublisherLabel({ sp, tenantId }: { sp: PublisherFacts; tenantId: string }) {
  const styles = useStyles();
  const publisher = publisherOf(sp, tenantId);
  return (
    <span className={styles.publisher} title={revealHidden(publisher.name)}>
      <Name name={publisher.name} />
      <PublisherBadge kind={publisher.kind} />
      <NameWarnings name={publisher.name} />
    </span>
  );
}
