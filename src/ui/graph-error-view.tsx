import { useMsal } from '@azure/msal-react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { explainAuthError } from '../auth/aadsts';
import { interactiveTokenRequest } from '../auth/claims-challenge';
import { currentRoute } from '../auth/interactions';
import { useRedirectAction } from '../auth/use-redirect-action';
import type { GraphError } from '../graph/graph-error';
import { AuthErrorMessage } from './auth-error-message';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  details: { color: tokens.colorNeutralForeground2, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

function headline(error: GraphError): string {
  if (error.status === 401) return "Microsoft Graph did not accept the console's token";
  if (error.status === 403) return 'Microsoft Graph denied access';
  if (error.status === 404) return 'Not found';
  if (error.status === 429) return 'Microsoft Graph is throttling the console';
  if (error.status === 0) return error.code === 'offline' ? 'You are offline' : 'Microsoft Graph could not be reached';
  return 'Microsoft Graph returned an error';
}

interface GraphErrorViewProps {
  error: GraphError;
  /** The delegated scopes of the failed call: what a fresh sign-in asks for. */
  scopes?: readonly string[];
  onRetry?: () => void;
}

/**
 * A failed Graph call: what Graph said, and the ids support needs. A claims challenge (revoked
 * sessions, a Conditional Access policy change) offers the fresh sign-in it asks for, back to this page.
 */
/**
 * How long Graph asked to wait. A browser often cannot read Retry-After (Graph's CORS headers do not expose
 * it): then say so rather than invent a number; the console already waited with its own backoff.
 */
function WaitAdvice({ error }: { error: GraphError }) {
  if (error.retryAfterSeconds !== undefined) return <span>Graph asks to wait {error.retryAfterSeconds} s before retrying.</span>;
  if (error.status !== 429 && error.status !== 503) return null;
  return (
    <span>
      Graph did not say how long to wait (a browser cannot read its Retry-After header); the console already retried with growing pauses. Wait a little, then
      try again.
    </span>
  );
}

export function GraphErrorView({ error, scopes = [], onRetry }: GraphErrorViewProps) {
  const styles = useStyles();
  const claims = error.challenge?.claims;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{headline(error)}</MessageBarTitle>
        <span>
          {error.message} (HTTP {error.status}, {error.code})
        </span>
        <WaitAdvice error={error} />
        {error.challenge?.claims ? <span>Graph asks for a fresh sign-in (claims challenge: {error.challenge.error}).</span> : null}
        <span className={styles.details}>
          request-id {error.requestId ?? 'not given'}
          {error.date ? ` · ${error.date}` : ''}
        </span>
      </MessageBarBody>
      {claims || onRetry ? (
        <MessageBarActions>
          {claims ? <SignInAgain claims={claims} scopes={scopes} /> : null}
          {onRetry ? <Button onClick={onRetry}>Try again</Button> : null}
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}

function SignInAgain({ claims, scopes }: { claims: string; scopes: readonly string[] }) {
  const { instance } = useMsal();
  const redirect = useRedirectAction(() => interactiveTokenRequest(instance, { scopes, claims, returnTo: currentRoute() }));
  return (
    <>
      <Button appearance="primary" disabled={redirect.pending} onClick={redirect.run}>
        {redirect.pending ? 'Opening sign-in…' : 'Sign in again'}
      </Button>
      {redirect.error ? (
        <AuthErrorMessage explanation={explainAuthError(redirect.error instanceof Error ? redirect.error : { message: String(redirect.error) })} />
      ) : null}
    </>
  );
}
