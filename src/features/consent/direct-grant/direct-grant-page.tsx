import { Field, Select } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { appConsentQueryOptions, isResourceApi, servicePrincipalsWithPermissionsQueryOptions } from '../../../graph/app-consent';
import { useGraphClient } from '../../../graph/graph-client-context';
import { permissionCatalogQueryOptions } from '../../../permissions/catalog';
import { riskRater } from '../../../permissions/grant-risk';
import { Loading } from '../../../ui/loading';
import { PageHeader } from '../../../ui/page-header';
import { QueryError } from '../../../ui/query-error';
import { AppPicker } from '../components/app-picker';
import { DirectGrantForm } from './direct-grant-form';
import { isolate } from '../../../permissions/names';
import { READ_APP_PERMISSIONS } from '../../../graph/operations/applications';

export const DIRECT_GRANT_TITLE = 'Grant through Graph';
const list = (value: string | null) => (value ?? '').split(',').filter(Boolean);

/** Choose an app, an API and permissions (all kept in the URL, so a Grant access redirect comes back to the same choice). */
export function DirectGrantPage() {
  const [params, setParams] = useSearchParams();
  const appId = params.get('appId') ?? '';
  const resourceId = params.get('resource') ?? '';
  const graph = useGraphClient();
  const sps = useQuery(servicePrincipalsWithPermissionsQueryOptions(graph));
  const state = useQuery({ ...appConsentQueryOptions(graph, appId), enabled: Boolean(appId) });
  const catalog = useQuery(permissionCatalogQueryOptions());
  const rater = useMemo(() => riskRater(catalog.data), [catalog.data]);
  const update = (next: Record<string, string>) => setParams({ appId, ...(resourceId ? { resource: resourceId } : {}), ...next }, { replace: true });

  const header = (
    <PageHeader
      title={DIRECT_GRANT_TITLE}
      description="Grant an application delegated permissions for all users and application permissions directly through Microsoft Graph, after a preview of exactly what is written. Every change is recorded in the Activity log."
    />
  );
  if (!appId)
    return (
      <>
        {header}
        <AppPicker label="Application to grant permissions to" screenTitle={DIRECT_GRANT_TITLE} onPick={(sp) => setParams({ appId: sp.appId })} />
      </>
    );
  const error = sps.error ?? state.error;
  if (error)
    return (
      <>
        {header}
        <QueryError
          error={error}
          operation={READ_APP_PERMISSIONS}
          screenTitle={DIRECT_GRANT_TITLE}
          onRetry={() => {
            void sps.refetch();
            void state.refetch();
          }}
        />
      </>
    );
  if (!sps.data || !state.data)
    return (
      <>
        {header}
        <Loading label="Reading the application and the APIs…" />
      </>
    );

  const resources = sps.data.filter(isResourceApi).sort((a, b) => a.displayName.localeCompare(b.displayName));
  const resource = resources.find((r) => r.id === resourceId);

  return (
    <>
      {header}
      <Field label="Resource API" hint={`The API whose permissions ${isolate(state.data.servicePrincipal.displayName)} receives.`}>
        <Select value={resourceId} onChange={(_, d) => setParams({ appId, resource: d.value }, { replace: true })}>
          <option value="">Choose an API…</option>
          {resources.map((r) => (
            <option key={r.id} value={r.id}>
              {r.displayName}
            </option>
          ))}
        </Select>
      </Field>
      {resource ? (
        <DirectGrantForm
          state={state.data}
          resource={resource}
          scopes={list(params.get('scopes'))}
          appRoleIds={list(params.get('roles'))}
          rater={rater}
          onSelection={(next) => update({ scopes: next.scopes.join(','), roles: next.appRoleIds.join(',') })}
        />
      ) : null}
    </>
  );
}
