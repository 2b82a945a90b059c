import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ChangeOf, ChangeResult } from '../../../changes/change-types';
import { useGraphClient } from '../../../graph/graph-client-context';
import { takesBody, type WriteMethod } from '../../../graph/raw-request';
import { readRequestBody, writeChange } from '../engine/write-request';
import { WriteDialog } from './write-dialog';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignItems: 'flex-start' },
  body: { alignSelf: 'stretch' },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

interface SendWriteProps {
  method: WriteMethod;
  /** The URL or path as typed. */
  url: string;
  /** The delegated scope the write is sent with. */
  scope: string;
  disabled: boolean;
  onSettled: (result: ChangeResult) => void;
}

/** "Run it anyway…" for a write, with its JSON body: sent only as a change, after the change dialog's confirmation. */
export function SendWrite({ method, url, scope, disabled, onSettled }: SendWriteProps) {
  const styles = useStyles();
  const graph = useGraphClient();
  const [bodyText, setBodyText] = useState('');
  const [confirming, setConfirming] = useState<ChangeOf<'graph-request'> | null>(null);
  const body = readRequestBody(bodyText);
  const confirm = () => {
    if (body.ok) setConfirming(writeChange({ method, url, body: body.body, scope }, graph.baseUrl));
  };
  return (
    <div className={styles.column}>
      {takesBody(method) ? (
        <Field
          className={styles.body}
          label="Request body (JSON)"
          hint="Sent with the write when you run it; empty for none. It is never put in the page URL."
          validationMessage={body.ok ? undefined : body.error}
          validationState={body.ok ? 'none' : 'error'}
        >
          <Textarea className={styles.mono} value={bodyText} onChange={(_, d) => setBodyText(d.value)} placeholder='{"scope":"User.Read"}' resize="vertical" />
        </Field>
      ) : null}
      <Button disabled={disabled || !body.ok} onClick={confirm}>
        Run it anyway…
      </Button>
      {confirming ? <WriteDialog change={confirming} typedUrl={url} onClose={() => setConfirming(null)} onSettled={onSettled} /> : null}
    </div>
  );
}
