/**
 * "Can this user consent?": a user, a client app (or typed client id), an API and some of its delegated
 * permissions — per permission, whether the user may consent or needs an administrator, and the policy
 * and condition that decide (the evaluation of src/permissions/consent-policy.ts over what Graph holds).
 */
import { Body1, Button, Combobox, Field, makeStyles, Option, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { canGrantAdminConsent } from '../../../auth/directory-roles';
import { type AuthorizationPolicySnapshot, type GrantPolicy } from '../../../graph/consent-policies';
import type { UserSummary } from '../../../graph/search-users';
import { classificationIndex, type ClientFacts } from '../../../permissions/consent-policy';
import type { ServicePrincipalInfo } from '../../../permissions/inventory';
import { isolate } from '../../../permissions/names';
import { Name } from '../../../ui/app-name';
import { Loading } from '../../../ui/loading';
import { QueryError } from '../../../ui/query-error';
import { useClassifications, useUserDirectoryRoles } from '../api/use-policy-data';
import { ApiSelect } from './api-select';
import { AppChooser } from './app-chooser';
import { ConsentAnswer } from './consent-answer';
import { UserChooser } from './user-chooser';
import { READ_USER_ROLES } from '../../../graph/operations/consent-policies';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '860px' },
  chosen: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

interface Props {
  policy: AuthorizationPolicySnapshot;
  policies: readonly GrantPolicy[];
  servicePrincipals: readonly ServicePrincipalInfo[];
  apis: readonly ServicePrincipalInfo[];
  screenTitle: string;
}

const SCOPES_SHOWN = 50;

export function ConsentCheckPanel({ policy, policies, servicePrincipals, apis, screenTitle }: Props) {
  const styles = useStyles();
  const [user, setUser] = useState<UserSummary>();
  const [client, setClient] = useState<ClientFacts>();
  const [apiId, setApiId] = useState(apis[0]?.id ?? '');
  const [scopeIds, setScopeIds] = useState<string[]>([]);
  const [filter, setFilter] = useState('');
  const api = apis.find((sp) => sp.id === apiId);
  const roles = useUserDirectoryRoles(user?.id ?? undefined);
  const classifications = useClassifications(api?.id);
  const published = api?.oauth2PermissionScopes ?? [];
  const options = published.filter((s) => (s.value ?? '').toLowerCase().includes(filter.toLowerCase())).slice(0, SCOPES_SHOWN);
  const index = classificationIndex(classifications.data ?? []);
  const asked = published
    .filter((s) => scopeIds.includes(s.id))
    .map((scope) => ({ resourceAppId: api!.appId, scope, classification: index.get(scope.id.toLowerCase())?.classification }));

  return (
    <div className={styles.root}>
      {user ? (
        <div className={styles.chosen}>
          <Body1>
            User: <Name name={user.displayName} /> ({user.userPrincipalName})
          </Body1>
          <Button size="small" onClick={() => setUser(undefined)}>
            Change user
          </Button>
        </div>
      ) : (
        <UserChooser screenTitle={screenTitle} onPick={setUser} />
      )}
      {client ? (
        <div className={styles.chosen}>
          <Body1>
            App: {client.displayName ? <Name name={client.displayName} /> : 'an app the tenant has no service principal for'} ({client.appId})
          </Body1>
          <Button size="small" onClick={() => setClient(undefined)}>
            Change app
          </Button>
        </div>
      ) : (
        <AppChooser apps={servicePrincipals} onPick={setClient} />
      )}
      <ApiSelect
        label="API whose permissions the app asks for"
        apis={apis}
        value={apiId}
        onChange={(id) => {
          setApiId(id);
          setScopeIds([]);
        }}
      />
      <Field label="Permissions asked for">
        <Combobox
          multiselect
          freeform
          placeholder="Type to filter, then choose"
          value={filter}
          selectedOptions={scopeIds}
          onChange={(e) => setFilter(e.target.value)}
          onOptionSelect={(_, d) => {
            setScopeIds(d.selectedOptions);
            setFilter('');
          }}
        >
          {options.map((s) => (
            <Option key={s.id} value={s.id} text={s.value ?? s.id}>
              {`${isolate(s.value ?? s.id)}${s.type === 'Admin' ? ' (admin consent)' : ''}`}
            </Option>
          ))}
        </Combobox>
      </Field>
      {asked.length > 0 ? <Body1>Asked: {asked.map((a) => a.scope.value ?? a.scope.id).join(', ')}</Body1> : null}
      {roles.isError ? <QueryError error={roles.error} operation={READ_USER_ROLES} screenTitle={screenTitle} onRetry={() => void roles.refetch()} /> : null}
      {user && client && asked.length > 0 ? (
        roles.isPending || classifications.isPending ? (
          <Loading label="Reading the user's roles and the API's classifications…" />
        ) : roles.isSuccess ? (
          <ConsentAnswer
            question={{ assigned: policy.permissionGrantPoliciesAssigned, policies, client, asked, userIsConsentAdmin: canGrantAdminConsent(roles.data) }}
            policies={policies}
          />
        ) : null
      ) : (
        <Body1>Choose a user, an app and at least one permission to see the answer.</Body1>
      )}
    </div>
  );
}
