import { Body1, Caption1, Card, makeStyles, tokens } from '@fluentui/react-components';
import { useCurrentGraphToken } from '../../../auth/use-session';
import { missingScopes } from '../../../permissions/scopes';
import { PageHeader } from '../../../ui/page-header';
import { RouterLink } from '../../../ui/router-link';
import { SectionHeading } from '../../../ui/section-heading';
import type { ScreenInfo } from '../../../ui/screen-info';
import { IdentityCard } from './identity-card';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(340px, 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  card: { padding: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground2 },
});

export function HomePage({ screens }: { screens: readonly ScreenInfo[] }) {
  const styles = useStyles();
  const token = useCurrentGraphToken();
  const held = token.data?.scopes ?? [];
  const others = screens.filter((s) => s.path !== '/');

  return (
    <>
      <PageHeader
        title="Home"
        description="Review which applications can reach your organization's data, and what they were allowed to do. The console asks for each Microsoft Graph permission only when you open a screen that needs it."
      />
      <div className={styles.grid}>
        <IdentityCard />
        <Card className={styles.card} aria-labelledby="screens-heading">
          <SectionHeading id="screens-heading">What you can do here</SectionHeading>
          <ul className={styles.list}>
            {others.map((screen) => {
              const scopes = screen.operations.flatMap((op) => op.scopes);
              const missing = token.isSuccess ? missingScopes(scopes, held) : [];
              return (
                <li key={screen.path} className={styles.item}>
                  <RouterLink to={screen.path}>{screen.title}</RouterLink>
                  <Body1>{screen.summary}</Body1>
                  <Caption1 className={styles.muted}>
                    {scopes.length === 0
                      ? 'Needs no extra permission.'
                      : missing.length > 0
                        ? `Asks for ${missing.join(', ')} when you open it.`
                        : `Uses ${scopes.join(', ')} (granted).`}
                  </Caption1>
                </li>
              );
            })}
          </ul>
        </Card>
      </div>
    </>
  );
}
