/**
 * Application permissions added to an organization-wide approval by name. A request lists only delegated
 * permissions; an app asking through .default may also configure application permissions in its
 * registration, which Graph does not show — the admin names them here (e.g. from the vendor's documentation).
 */
import { Body1, Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ServicePrincipalInfo } from '../../../permissions/inventory';
import { resolveAppPermission, type ResolvedScope } from '../pending-scopes';
import { ScopeLabel } from './requested-permissions';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

interface AppPermissionAdderProps {
  resources: readonly ServicePrincipalInfo[];
  added: readonly ResolvedScope[];
  onChange: (added: ResolvedScope[]) => void;
  /** Said when the request came through .default (the registration may configure more). */
  staticRequest: boolean;
}

export function AppPermissionAdder({ resources, added, onChange, staticRequest }: AppPermissionAdderProps) {
  const styles = useStyles();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const add = () => {
    const resolved = resolveAppPermission(name, resources);
    if (resolved.type === 'unresolved') return setProblem(resolved.why);
    setProblem(undefined);
    setName('');
    if (!added.some((a) => a.name === resolved.name)) onChange([...added, resolved]);
  };

  return (
    <div>
      <Body1 block>
        {staticRequest ? 'The app asked for the permissions its registration configures (.default). ' : ''}A request lists only delegated permissions; to grant
        the app an application permission as well, name it:
      </Body1>
      <div className={styles.row}>
        <Field label="Application permission" validationMessage={problem} validationState={problem ? 'error' : 'none'}>
          <Input value={name} onChange={(_, d) => setName(d.value)} placeholder="e.g. User.Read.All" />
        </Field>
        <Button disabled={!name.trim()} onClick={add}>
          Add application permission
        </Button>
      </div>
      {added.length > 0 ? (
        <ul className={styles.list} aria-label="Application permissions added">
          {added.map((a) => (
            <li key={a.name}>
              <ScopeLabel scope={a} />{' '}
              <Button size="small" appearance="subtle" onClick={() => onChange(added.filter((x) => x.name !== a.name))} aria-label={`Remove ${a.name}`}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
