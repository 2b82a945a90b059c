/** Choose a resource API: the tenant's service principals that publish delegated permissions (Microsoft Graph first). */
import { Field, Select } from '@fluentui/react-components';
import { isGraphAppId } from '../../../graph/microsoft-graph';
import type { ServicePrincipalInfo } from '../../../permissions/inventory';
import { isolate } from '../../../permissions/names';

export function resourceApis(servicePrincipals: readonly ServicePrincipalInfo[]): ServicePrincipalInfo[] {
  return servicePrincipals
    .filter((sp) => (sp.oauth2PermissionScopes ?? []).length > 0)
    .sort((a, b) => Number(isGraphAppId(b.appId)) - Number(isGraphAppId(a.appId)) || a.displayName.localeCompare(b.displayName));
}

export function ApiSelect({
  label,
  apis,
  value,
  onChange,
}: {
  label: string;
  apis: readonly ServicePrincipalInfo[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <Field label={label}>
      <Select value={value} onChange={(_, d) => onChange(d.value)}>
        {apis.map((sp) => (
          <option key={sp.id} value={sp.id}>
            {isolate(sp.displayName)} ({sp.appId})
          </option>
        ))}
      </Select>
    </Field>
  );
}
