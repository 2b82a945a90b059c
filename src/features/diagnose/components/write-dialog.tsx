import { Body1, Field, makeStyles, MessageBar, MessageBarBody, Textarea, tokens } from '@fluentui/react-components';
import type { ChangeOf, ChangeResult } from '../../../changes/change-types';
import { ChangeDialog } from '../../../changes/confirm/change-dialog';
import { typedOrigin } from '../engine/write-request';

const useStyles = makeStyles({ body: { fontFamily: tokens.fontFamilyMonospace } });
/** A longer body scrolls in its box. */
const MAX_BODY_ROWS = 12;

interface WriteDialogProps {
  change: ChangeOf<'graph-request'>;
  /** The URL or path as typed. */
  typedUrl: string;
  onClose: () => void;
  onSettled: (result: ChangeResult) => void;
}

/**
 * The confirmation of a Diagnose write: the change engine's one dialog, naming exactly what is sent —
 * the method and the URL on the console's Graph origin (said plainly when another host was typed), the
 * body and the token. Once sent, the dialog shows the result and the diagnosis behind it is updated.
 */
export function WriteDialog({ change, typedUrl, onClose, onSettled }: WriteDialogProps) {
  const styles = useStyles();
  const { method, body, scope } = change.request;
  const graphOrigin = new URL(change.baseUrl).origin;
  const typed = typedOrigin(typedUrl);
  const shownBody = body === undefined ? undefined : JSON.stringify(body, null, 2);
  return (
    <ChangeDialog
      title="Send this write to Microsoft Graph?"
      confirmLabel={`Send ${method}`}
      changes={[change]}
      aftermath="If Microsoft Graph accepts it, it changes your tenant. The console cannot tell what an arbitrary request changed, so it cannot restore it."
      onClose={onClose}
      onSettled={([result]) => (result ? onSettled(result) : undefined)}
    >
      {typed && typed !== graphOrigin ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            You typed {typed}, but the console sends requests only to its Microsoft Graph, {graphOrigin}: the path and query go there.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {shownBody !== undefined ? (
        <Field label="Request body, sent as shown">
          <Textarea className={styles.body} readOnly value={shownBody} rows={Math.min(shownBody.split('\n').length, MAX_BODY_ROWS)} resize="vertical" />
        </Field>
      ) : null}
      <Body1>Sent with a token for {scope}, which the console acquires silently (it never prompts).</Body1>
    </ChangeDialog>
  );
}
