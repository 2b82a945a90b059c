import { Body1, Button, Card, Field, makeStyles, MessageBar, MessageBarBody, Spinner, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useActiveAccount } from '../../../auth/use-session';
import { PageHeader } from '../../../ui/page-header';
import { RouterLink } from '../../../ui/router-link';
import { SectionHeading } from '../../../ui/section-heading';
import { useHeldToken } from '../api/use-held-token';
import { decodeJwt, type DecodedJwt } from '../engine/claims-glossary';
import { ClaimsTable } from './claims-table';

const useStyles = makeStyles({
  sections: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  card: { padding: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

const NO_SIGNATURE =
  'Decoded in this browser only: the token is never sent anywhere. Its signature is NOT verified — the console makes no claim that it is genuine.';

function PastedToken() {
  const styles = useStyles();
  const [text, setText] = useState('');
  const [decoded, setDecoded] = useState<DecodedJwt>();
  const [error, setError] = useState<string>();
  const decode = () => {
    try {
      setDecoded(decodeJwt(text));
      setError(undefined);
    } catch (e) {
      setDecoded(undefined);
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <>
      <Field label="Token to decode (JWT)" hint={NO_SIGNATURE}>
        <Textarea className={styles.mono} value={text} onChange={(_, d) => setText(d.value)} resize="vertical" />
      </Field>
      <div>
        <Button appearance="primary" onClick={decode}>
          Decode
        </Button>
      </div>
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {decoded ? (
        <>
          <Body1>
            Header: algorithm {String(decoded.header.alg ?? 'none')}, {decoded.signed ? 'signed (signature not verified here)' : 'unsigned'}.
          </Body1>
          <ClaimsTable label="Claims of the pasted token" payload={decoded.payload} />
        </>
      ) : null}
    </>
  );
}

/** The console's current tokens decoded, each claim explained; and any pasted JWT, decoded locally. */
export function TokenInspectorPage() {
  const styles = useStyles();
  const account = useActiveAccount();
  const held = useHeldToken();
  return (
    <>
      <PageHeader
        title="Token inspector"
        description={
          <>
            What the console's tokens say, claim by claim. Back to <RouterLink to="/diagnose">Diagnose</RouterLink>.
          </>
        }
      />
      <div className={styles.sections}>
        <Card className={styles.card} aria-labelledby="access-heading">
          <SectionHeading id="access-heading">Microsoft Graph access token</SectionHeading>
          {held.isPending ? <Spinner size="tiny" label="Reading the token…" /> : null}
          {held.isError ? <Body1>The console has no Graph token: sign in again.</Body1> : null}
          {held.data ? <ClaimsTable label="Claims of the Graph access token" payload={held.data.payload} /> : null}
        </Card>
        <Card className={styles.card} aria-labelledby="id-heading">
          <SectionHeading id="id-heading">ID token</SectionHeading>
          {account?.idTokenClaims ? (
            <ClaimsTable label="Claims of the ID token" payload={account.idTokenClaims as Record<string, unknown>} />
          ) : (
            <Body1>No ID token: sign in first.</Body1>
          )}
        </Card>
        <Card className={styles.card} aria-labelledby="paste-heading">
          <SectionHeading id="paste-heading">Decode a token</SectionHeading>
          <PastedToken />
        </Card>
      </div>
    </>
  );
}
