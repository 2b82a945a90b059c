import { Body1, Button, Card, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { isWriteMethod } from '../../../graph/raw-request';
import type { ApiPermissions } from '../../../permissions/api-map';
import { SectionHeading } from '../../../ui/section-heading';
import { useDiagnoseSession } from '../api/use-diagnose-session';
import { useVerdict } from '../api/use-verdict';
import { EvidenceForm } from './evidence-form';
import { FixActions } from './fix-actions';
import { GrantEvidenceNote } from './grant-evidence-note';
import { SendWrite } from './send-write';
import { VerdictView } from './verdict-view';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'center' },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

interface DiagnosisPanelProps {
  method: string;
  url: string;
  api: ApiPermissions | undefined;
  /** Run at once (back from a fix's redirect); only GET calls. */
  autoRun: boolean;
  onAutoRunDone: () => void;
}

/** One request: its permissions, the evidence, the verdict and its fix. */
export function DiagnosisPanel({ method, url, api, autoRun, onAutoRunDone }: DiagnosisPanelProps) {
  const styles = useStyles();
  const isGet = method === 'GET';
  const returnTo = `/diagnose?${new URLSearchParams({ method, path: url, ...(isGet ? { run: '1' } : {}) })}`;
  const session = useDiagnoseSession(method, url, api?.leastDelegated, returnTo);
  const verdict = useVerdict(method, url, session.source);
  const { run } = session;
  const { mutate } = run;

  useEffect(() => {
    // Back from consent or re-authentication: run the GET again once, as the user asked before leaving.
    if (!autoRun) return;
    onAutoRunDone();
    if (isGet) mutate({ execute: true });
  }, [autoRun, isGet, onAutoRunDone, mutate]);

  return (
    <>
      <Card className={styles.card} aria-labelledby="api-heading">
        <SectionHeading id="api-heading">
          <span className={styles.mono}>
            {method} {url}
          </span>
        </SectionHeading>
        {api ? (
          <Body1>
            Delegated: {api.delegated.join(', ') || 'none (application permissions only)'}. Application: {api.application.join(', ') || 'none'}. Least
            privileged: <strong>{api.leastDelegated ?? api.leastApplication ?? '—'}</strong>.
          </Body1>
        ) : (
          <Body1>This path is not in the Graph v1.0 permission map; the diagnosis can still check the token.</Body1>
        )}
        <EvidenceForm value={session.evidence} onChange={session.setEvidence} mode={session.mode} onModeChange={session.setMode} scope={api?.leastDelegated} />
        {session.inputError ? (
          <MessageBar intent="error">
            <MessageBarBody>{session.inputError}</MessageBarBody>
          </MessageBar>
        ) : null}
        <div className={styles.row}>
          {isGet ? (
            <Button appearance="primary" disabled={run.isPending} onClick={() => run.mutate({ execute: true })}>
              Run with my token
            </Button>
          ) : (
            <Button appearance="primary" disabled={run.isPending} onClick={() => run.mutate({ execute: false })}>
              Diagnose without running
            </Button>
          )}
          <Button onClick={() => void session.diagnosePasted()}>Diagnose pasted evidence</Button>
          {run.isPending ? <Spinner size="tiny" label="Running…" /> : null}
        </div>
        {isWriteMethod(method) ? (
          <SendWrite
            method={method}
            url={url}
            scope={session.writeScope}
            disabled={run.isPending}
            onSettled={(result) => session.diagnoseWrite.mutate(result)}
          />
        ) : null}
        {run.isError || session.diagnoseWrite.isError ? (
          <MessageBar intent="error">
            <MessageBarBody>The call could not be made: {errorText(run.error ?? session.diagnoseWrite.error)}</MessageBarBody>
          </MessageBar>
        ) : null}
      </Card>
      {verdict && session.source ? (
        <Card className={styles.card} aria-labelledby="verdict-heading">
          <SectionHeading id="verdict-heading">Diagnosis</SectionHeading>
          <GrantEvidenceNote consoleToken={session.source.consoleToken} />
          <VerdictView verdict={verdict}>
            {verdict.fix ? (
              <FixActions
                fix={verdict.fix}
                returnTo={returnTo}
                userRoles={session.source.token?.wids ?? []}
                onRefresh={(scopes) => void session.refresh(scopes)}
                onRunWithGraphToken={session.runWithGraphToken}
                busy={run.isPending}
              />
            ) : null}
          </VerdictView>
        </Card>
      ) : null}
    </>
  );
}
