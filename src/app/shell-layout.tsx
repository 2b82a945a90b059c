import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { ShieldPersonRegular } from '@fluentui/react-icons';
import { lazy, Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useActiveAccount, useConsoleSession } from '../auth/use-session';
import { OfflineBanner } from '../ui/offline-banner';
import type { ScreenInfo } from '../ui/screen-info';
import { RedirectErrorBanner } from './redirect-error-banner';
import { SignInPage } from './sign-in-page';

// The account menu (Fluent's Menu, positioning and Avatar) loads just after the shell, off the first load;
// were its chunk unreachable (offline), the header keeps working without it.
const AccountMenu = lazy(() =>
  import('./account-menu').then(
    (m) => ({ default: m.AccountMenu }),
    () => ({ default: () => null }),
  ),
);

// Below this width the navigation becomes one row above the content (it scrolls sideways inside itself) and
// the page's padding shrinks, so that nothing makes the page scroll horizontally at 320 px (WCAG 1.4.10).
const NARROW = '@media (max-width: 640px)';

const useStyles = makeStyles({
  root: { minHeight: '100vh', display: 'grid', gridTemplateRows: 'auto 1fr', backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    [NARROW]: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, gap: tokens.spacingHorizontalS },
  },
  brand: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexGrow: 1, flexWrap: 'wrap', minWidth: 0 },
  // Fluent's outline badge look, in the header's colour (the Badge component is not worth its first-load weight).
  modeTag: {
    border: '1px solid currentColor',
    borderRadius: tokens.borderRadiusCircular,
    padding: `0 ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  body: { display: 'grid', gridTemplateColumns: '220px minmax(0, 1fr)', [NARROW]: { gridTemplateColumns: 'minmax(0, 1fr)', alignContent: 'start' } },
  nav: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    [NARROW]: {
      flexDirection: 'row',
      overflowX: 'auto',
      padding: tokens.spacingVerticalXS,
      borderRight: 'none',
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  navLink: {
    display: 'block',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    [NARROW]: { whiteSpace: 'nowrap', flexShrink: 0 },
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outlineStyle: 'solid', outlineWidth: tokens.strokeWidthThick, outlineColor: tokens.colorStrokeFocus2 },
    '&[aria-current="page"]': {
      backgroundColor: tokens.colorBrandBackground2,
      color: tokens.colorBrandForeground1,
      fontWeight: tokens.fontWeightSemibold,
    },
  },
  main: {
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    minWidth: 0,
    [NARROW]: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}` },
  },
});

/** The frame of every signed-in screen: brand bar with the account menu, navigation, content. */
export function ShellLayout({ screens }: { screens: readonly ScreenInfo[] }) {
  const styles = useStyles();
  const account = useActiveAccount();
  const { settings } = useConsoleSession();
  if (!account) return <SignInPage />;

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <div className={styles.brand}>
          <ShieldPersonRegular fontSize={24} aria-hidden />
          <Text weight="semibold" size={400}>
            Consent Console
          </Text>
          {settings.mode === 'demo' ? <span className={styles.modeTag}>Demo tenant</span> : null}
        </div>
        <Suspense fallback={null}>
          <AccountMenu />
        </Suspense>
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
          <RedirectErrorBanner />
          <Outlet />
        </main>
      </div>
    </div>
  );
}
