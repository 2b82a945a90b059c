import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useMsal } from '@azure/msal-react';
import { requestConsent } from '../../../auth/interactions';
import { useConsoleSession } from '../../../auth/use-session';
import { useRedirectAction } from '../../../auth/use-redirect-action';
import { AuthErrorMessage } from '../../../ui/auth-error-message';
import { TokenClaimsCard } from './token-claims-card';
import { readSnapshot, saveSnapshot } from './token-snapshot';
import { useTokenSnapshot } from './use-token-snapshot';

const useStyles = makeStyles({
  cards: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

interface RedirectStepProps {
  step: number;
  scope: string;
  action: string;
  /** What to do on Microsoft's page and what to look for on return. */
  instructions: string;
  prompt?: 'consent';
  /** Show the consent error the redirect came back with (the decline step). */
  showError?: boolean;
}

/** A step that leaves for the identity platform: the token before (kept across the redirect) and now. */
export function RedirectStep({ step, scope, action, instructions, prompt, showError }: RedirectStepProps) {
  const styles = useStyles();
  const { instance } = useMsal();
  const { redirectError } = useConsoleSession();
  const token = useTokenSnapshot();
  const before = readSnapshot(`${step}:before`);
  const go = useRedirectAction(async () => {
    if (token.data) saveSnapshot(`${step}:before`, token.data);
    await requestConsent(instance, [scope], prompt ? { prompt } : {});
  });
  const newToken = before && token.data && before.iat !== token.data.iat;

  return (
    <>
      <Body1>{instructions}</Body1>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={go.run} disabled={go.pending || !token.data}>
          {go.pending ? 'Opening Microsoft sign-in…' : action}
        </Button>
      </div>
      {showError && redirectError ? <AuthErrorMessage explanation={redirectError} /> : null}
      {before && token.data ? (
        <Body1 role="status">
          {newToken ? 'A new token was issued (iat changed).' : 'The token did not change (same iat).'} It{' '}
          {token.data.scopes.some((s) => s.toLowerCase() === scope.toLowerCase()) ? 'carries' : 'does not carry'} {scope}.
        </Body1>
      ) : null}
      <div className={styles.cards}>
        <TokenClaimsCard title="Token before" snapshot={before} scope={scope} empty="Taken when you start this step." />
        <TokenClaimsCard title="Token now" snapshot={token.data} scope={scope} empty={token.isError ? 'No token could be read.' : 'Reading the token…'} />
      </div>
    </>
  );
}
