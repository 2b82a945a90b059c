import { Card, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { PageHeader } from '../../../ui/page-header';
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
          <Subtitle1 as="h2" id="held-heading">Held now</Subtitle1>
          <HeldScopes />
        </Card>
        <Card className={styles.card} aria-labelledby="asked-heading">
          <Subtitle1 as="h2" id="asked-heading">Asked for by each screen</Subtitle1>
          <ScreenScopesTable screens={screens} />
        </Card>
        <Card className={styles.card} aria-labelledby="events-heading">
          <Subtitle1 as="h2" id="events-heading">Consent events this session</Subtitle1>
          <ConsentEventsTable />
        </Card>
      </div>
    </>
  );
}
