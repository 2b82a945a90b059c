import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ConsentRequiredError } from '../auth/consent-required-error';
import { GraphError } from '../graph/graph-error';
import type { GraphOperation } from '../graph/operation';
import { GrantAccessPanel } from './grant-access-panel';
import { GraphErrorView } from './graph-error-view';

interface QueryErrorProps {
  error: unknown;
  operation: GraphOperation;
  screenTitle: string;
  onRetry?: () => void;
}

/** Renders any error of a Graph-backed query: consent needed, a Graph error, or something else. */
export function QueryError({ error, operation, screenTitle, onRetry }: QueryErrorProps) {
  if (error instanceof ConsentRequiredError) {
    return <GrantAccessPanel error={error} operation={operation} screenTitle={screenTitle} />;
  }
  if (error instanceof GraphError) return <GraphErrorView error={error} scopes={operation.scopes} onRetry={onRetry} />;
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>Something went wrong</MessageBarTitle>
        {error instanceof Error ? error.message : String(error)}
      </MessageBarBody>
    </MessageBar>
  );
}
