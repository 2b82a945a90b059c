/**
 * After an approval: the request as Microsoft Graph reports it now (each user's request and its status),
 * and the plain fact that Graph cannot mark it approved or denied — the portal page that can is linked.
 */
import { Body1, Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { consentRequestQueryOptions, requestUserOf } from '../../../graph/consent-requests';
import { useGraphClient } from '../../../graph/graph-client-context';
import { Name } from '../../../ui/app-name';
import { Loading } from '../../../ui/loading';
import { QueryError } from '../../../ui/query-error';
import { GraphCannotDecide } from './graph-cannot-decide';
import { READ_CONSENT_REQUESTS } from '../../../graph/operations/consent-requests';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, overflowWrap: 'anywhere' },
});

export function RequestAftermath({ requestId, appName, onDismiss }: { requestId: string; appName: string; onDismiss: () => void }) {
  const styles = useStyles();
  const graph = useGraphClient();
  const request = useQuery(consentRequestQueryOptions(graph, requestId));

  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          After your approval of <Name name={appName} />
        </MessageBarTitle>
        {request.isError ? (
          <QueryError error={request.error} operation={READ_CONSENT_REQUESTS} screenTitle="Reading the request again" onRetry={() => void request.refetch()} />
        ) : !request.data ? (
          <Loading label="Reading the request as Graph reports it now…" />
        ) : (
          <>
            <Body1 block>What Microsoft Graph reports of the request now:</Body1>
            <ul className={styles.list} aria-label="The request as Graph reports it">
              {request.data.userRequests.map((r) => (
                <li key={r.id ?? ''}>
                  <Name name={requestUserOf(r).displayName ?? requestUserOf(r).id} />: {r.status ?? 'no status'}
                </li>
              ))}
            </ul>
          </>
        )}
        <Body1 block>
          <GraphCannotDecide />
        </Body1>
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onDismiss}>Dismiss</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
