import { useMsal } from '@azure/msal-react';
import { Body1, Button, Caption1, makeStyles, Title1, tokens } from '@fluentui/react-components';
import { ShieldPersonRegular } from '@fluentui/react-icons';
import { signIn } from '../auth/interactions';
import { useRedirectAction } from '../auth/use-redirect-action';
import { useConsoleSession } from '../auth/use-session';
import { AuthErrorMessage } from '../ui/auth-error-message';
import { Surface } from '../ui/surface';

const useStyles = makeStyles({
  root: { minHeight: '100vh', display: 'grid', placeItems: 'center', backgroundColor: tokens.colorNeutralBackground2, padding: tokens.spacingHorizontalL },
  card: { maxWidth: '560px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  title: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
});

export function SignInPage() {
  const styles = useStyles();
  const { instance } = useMsal();
  const { settings, redirectError, dismissRedirectError } = useConsoleSession();
  const action = useRedirectAction(() => signIn(instance));

  return (
    <main className={styles.root}>
      <Surface className={styles.card}>
        <Title1 as="h1" className={styles.title}>
          <ShieldPersonRegular aria-hidden /> Consent Console
        </Title1>
        <Body1>
          See which applications can reach your organization&apos;s data in Microsoft Entra ID, what they were allowed to do, and grant or revoke consent.
        </Body1>
        {redirectError ? <AuthErrorMessage explanation={redirectError} onDismiss={dismissRedirectError} /> : null}
        <Caption1 className={styles.muted}>
          Signing in asks only to read your profile (User.Read). Each screen asks for more when you open it.
          {settings.mode === 'demo' ? ' You are on the demo tenant: pick any demo account on the sign-in page.' : ''}
        </Caption1>
        <div>
          <Button appearance="primary" size="large" onClick={action.run} disabled={action.pending}>
            {action.pending ? 'Opening sign-in…' : 'Sign in'}
          </Button>
        </div>
      </Surface>
    </main>
  );
}
