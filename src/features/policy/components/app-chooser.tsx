/**
 * Choose the client app: one of the tenant's service principals (a name or app id search), or a typed
 * application (client) id for an app the tenant has no service principal for yet (validated as a GUID).
 */
import { Body1, Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTenantId } from '../../../auth/use-session';
import { type ClientFacts } from '../../../permissions/consent-policy';
import type { ServicePrincipalInfo } from '../../../permissions/inventory';
import { isolate, nameSkeleton } from '../../../permissions/names';
import { AppName } from '../../../ui/app-name';
import { isGuid } from '../../../graph/ids';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
});

const SHOWN = 6;

export function AppChooser({ apps, onPick }: { apps: readonly ServicePrincipalInfo[]; onPick: (client: ClientFacts) => void }) {
  const styles = useStyles();
  const tenantId = useTenantId();
  const [term, setTerm] = useState('');
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<string>();
  const needle = nameSkeleton(term.trim());
  const matches = needle ? apps.filter((sp) => nameSkeleton(sp.displayName).includes(needle) || sp.appId.toLowerCase() === needle).slice(0, SHOWN) : [];

  const pickTyped = () => {
    const id = typed.trim();
    if (!isGuid(id)) return setTypedError('An application (client) id is a GUID such as 00000000-0000-0000-0000-000000000000.');
    setTypedError(undefined);
    const known = apps.find((sp) => sp.appId.toLowerCase() === id.toLowerCase());
    onPick(known ?? { appId: id });
  };

  return (
    <>
      <Field label="App: name or application (client) id">
        <Input value={term} onChange={(_, d) => setTerm(d.value)} />
      </Field>
      {needle && matches.length === 0 ? <Body1 role="status">No app of the tenant matches.</Body1> : null}
      {matches.length > 0 ? (
        <ul className={styles.list} aria-label="Matching apps">
          {matches.map((sp) => (
            <li key={sp.id} className={styles.item}>
              <AppName app={sp} tenantId={tenantId} />
              <Button size="small" aria-label={`Choose ${isolate(sp.displayName)}`} onClick={() => onPick(sp)}>
                Choose
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className={styles.row}>
        <Field label="Or type a client id" validationMessage={typedError} validationState={typedError ? 'error' : 'none'}>
          <Input value={typed} onChange={(_, d) => setTyped(d.value)} />
        </Field>
        <Button onClick={pickTyped}>Use this client id</Button>
      </div>
    </>
  );
}
