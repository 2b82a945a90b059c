import { Body1, Caption1, Card, makeStyles, tokens } from '@fluentui/react-components';
import { useCurrentGraphToken } from '../../../auth/use-session';
import { PageHeader } from '../../../ui/page-header';
import { RouterLink } from '../../../ui/router-link';
import { SectionHeading } from '../../../ui/section-heading';
import type { ScreenInfo } from '../../../ui/screen-info';
import { screenAskText } from '../screen-ask';
import { IdentityCard } from './identity-card';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(340px, 100%), 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  card: { padding: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground2 },
});

export function HomePage({ screens }: { screens: readonly ScreenInfo[] }) {
  const styles = useStyles();
  const token = useCurrentGraphToken();
  const held = token.isSuccess ? token.data.scopes : undefined;
  const others = screens.filter((s) => s.path !== '/');

  return (
    <>
      <PageHeader
        title="Home"
        description="Review which applications can reach your organization's data, and what they were allowed to do. The console asks for each Microsoft Graph permission only when a screen needs it: what a screen reads when you open it, what a change writes when you make it."
      />
      <div className={styles.grid}>
        <IdentityCard />
        <Card className={styles.card} aria-labelledby="screens-heading">
          <SectionHeading id="screens-heading">What you can do here</SectionHeading>
          <ul className={styles.list}>
            {others.map((screen) => (
              <li key={screen.path} className={styles.item}>
                <RouterLink to={screen.path}>{screen.title}</RouterLink>
                <Body1>{screen.summary}</Body1>
                <Caption1 className={styles.muted}>{screenAskText(screen, held)}</Caption1>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
