import { makeStyles, tokens } from '@fluentui/react-components';
import { publisherOf, type PublisherFacts } from '../../../permissions/publisher';
import { revealHidden } from '../../../permissions/names';
import { Name, NameWarnings } from '../../../ui/app-name';

const useStyles = makeStyles({
  publisher: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', overflowWrap: 'anywhere' },
});

/** The publisher's name (the verified one first, as Entra shows it) and its flags; who vouches for it is the app's type (PublisherBadge). */
export function PublisherLabel({ sp, tenantId }: { sp: PublisherFacts; tenantId: string }) {
  const styles = useStyles();
  const publisher = publisherOf(sp, tenantId);
  return (
    <span className={styles.publisher} title={revealHidden(publisher.name)}>
      <Name name={publisher.name} />
      <NameWarnings name={publisher.name} />
    </span>
  );
}
