import { Card, makeStyles, tokens } from '@fluentui/react-components';
import { PageHeader } from '../../../ui/page-header';
import { SectionHeading } from '../../../ui/section-heading';
import type { ScreenInfo } from '../../../ui/screen-info';
import { ConsentEventsTable } from './consent-events-table';
import { HeldScopes } from './held-scopes';
import { ScreenScopesTable } from './screen-scopes-table';

const useStyles = makeStyles({
  sections: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  card: { padding: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export function PermissionsPage({ screens }: { screens: readonly ScreenInfo[] }) {
  const styles = useStyles();
  return (
    <>
      <PageHeader
        title="Permissions"
        description="Incremental consent at work: the console signs in with User.Read only and asks for more when a screen needs it."
      />
      <div className={styles.sections}>
        <Card className={styles.card} aria-labelledby="held-heading">
          <SectionHeading id="held-heading">Held now</SectionHeading>
          <HeldScopes />
        </Card>
        <Card className={styles.card} aria-labelledby="asked-heading">
          <SectionHeading id="asked-heading">Asked for by each screen</SectionHeading>
          <ScreenScopesTable screens={screens} />
        </Card>
        <Card className={styles.card} aria-labelledby="events-heading">
          <SectionHeading id="events-heading">Consent events this session</SectionHeading>
          <ConsentEventsTable />
        </Card>
      </div>
    </>
  );
}
