import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { GraphError } from '../graph/graph-error';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  details: { color: tokens.colorNeutralForeground2, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

function headline(error: GraphError): string {
  if (error.status === 401) return 'Microsoft Graph did not accept the console\'s token';
  if (error.status === 403) return 'Microsoft Graph denied access';
  if (error.status === 404) return 'Not found';
  if (error.status === 429) return 'Microsoft Graph is throttling the console';
  if (error.status === 0) return error.code === 'offline' ? 'You are offline' : 'Microsoft Graph could not be reached';
  return 'Microsoft Graph returned an error';
}

/** A failed Graph call: what Graph said, and the ids support needs. */
export function GraphErrorView({ error, onRetry }: { error: GraphError; onRetry?: () => void }) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{headline(error)}</MessageBarTitle>
        <span>
          {error.message} (HTTP {error.status}, {error.code})
        </span>
        {error.retryAfterSeconds !== undefined ? <span>Graph asks to wait {error.retryAfterSeconds} s before retrying.</span> : null}
        {error.challenge?.claims ? <span>Graph asks for a fresh sign-in (claims challenge: {error.challenge.error}).</span> : null}
        <span className={styles.details}>
          request-id {error.requestId ?? 'not given'}
          {error.date ? ` · ${error.date}` : ''}
        </span>
      </MessageBarBody>
      {onRetry ? (
        <MessageBarActions>
          <Button onClick={onRetry}>Try again</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
