import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { AuthErrorExplanation } from '../auth/aadsts';

const OWNER_TEXT: Record<AuthErrorExplanation['owner'], string> = {
  you: 'You can fix this.',
  admin: 'An administrator of your tenant can fix this.',
  developer: "The console's app registration or configuration needs a fix.",
};

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

/** A sign-in or consent error from the identity platform, explained from the AADSTS catalogue. */
export function AuthErrorMessage({ explanation, onDismiss }: { explanation: AuthErrorExplanation; onDismiss?: () => void }) {
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline" politeness="assertive" aria-label={explanation.title}>
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>
          {explanation.title} (<span className={styles.code}>{explanation.code}</span>)
        </MessageBarTitle>
        <span>{explanation.meaning}</span>
        <span>
          <strong>What to do next:</strong> {explanation.nextStep} {OWNER_TEXT[explanation.owner]}
        </span>
      </MessageBarBody>
      {onDismiss ? (
        <MessageBarActions>
          <Button onClick={onDismiss}>Dismiss</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
