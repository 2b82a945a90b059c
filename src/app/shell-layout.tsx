import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ShieldPersonRegular } from '@fluentui/react-icons';
import { NavLink, Outlet } from 'react-router';
import { useActiveAccount, useConsoleSession } from '../auth/use-session';
import { AuthErrorMessage } from '../ui/auth-error-message';
import { OfflineBanner } from '../ui/offline-banner';
import type { ScreenInfo } from '../ui/screen-info';
import { AccountMenu } from './account-menu';
import { SignInPage } from './sign-in-page';

const useStyles = makeStyles({
  root: { minHeight: '100vh', display: 'grid', gridTemplateRows: 'auto 1fr', backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  brand: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexGrow: 1 },
  body: { display: 'grid', gridTemplateColumns: '220px 1fr' },
  nav: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  navLink: {
    display: 'block',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outlineStyle: 'solid', outlineWidth: tokens.strokeWidthThick, outlineColor: tokens.colorStrokeFocus2 },
    '&[aria-current="page"]': {
      backgroundColor: tokens.colorBrandBackground2,
      color: tokens.colorBrandForeground1,
      fontWeight: tokens.fontWeightSemibold,
    },
  },
  main: { padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
});

/** The frame of every signed-in screen: brand bar with the account menu, navigation, content. */
export function ShellLayout({ screens }: { screens: readonly ScreenInfo[] }) {
  const styles = useStyles();
  const account = useActiveAccount();
  const { settings, redirectError, dismissRedirectError } = useConsoleSession();
  if (!account) return <SignInPage />;

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <div className={styles.brand}>
          <ShieldPersonRegular fontSize={24} aria-hidden />
          <Text weight="semibold" size={400}>
            Consent Console
          </Text>
          {settings.mode === 'demo' ? (
            <Badge appearance="outline" color="informative" style={{ color: 'inherit', borderColor: 'currentColor' }}>
              Demo tenant
            </Badge>
          ) : null}
        </div>
        <AccountMenu />
      </header>
      <div className={styles.body}>
        <nav aria-label="Console" className={styles.nav}>
          {screens.map((screen) => (
            <NavLink key={screen.path} to={screen.path} end={screen.path === '/'} className={styles.navLink}>
              {screen.title}
            </NavLink>
          ))}
        </nav>
        <main className={styles.main}>
          <OfflineBanner />
          {redirectError ? <AuthErrorMessage explanation={redirectError} onDismiss={dismissRedirectError} /> : null}
          <Outlet />
        </main>
      </div>
    </div>
  );
}
