/**
 * Which API each permission of a request belongs to. Graph lists a request's pending scopes by name only
 * (appConsentRequestScope has just a displayName), so a name is matched as the consent page asked for it:
 * a bare name ("Mail.Read") or one prefixed with Microsoft Graph's identifier is Microsoft Graph's; a name
 * Graph does not publish belongs to the one other API that publishes it. A name that matches nothing, or
 * several APIs, is not guessed: it is shown and left out of the approval.
 */
import { GRAPH_APP_ID, isGraphAppId } from '../../graph/microsoft-graph';
import type { ServicePrincipalInfo } from '../../permissions/inventory';

export type ResolvedScope =
  { name: string; value: string; type: 'delegated' | 'application'; resource: ServicePrincipalInfo } | { name: string; type: 'unresolved'; why: string };

const GRAPH_PREFIXES = ['https://graph.microsoft.com/', `${GRAPH_APP_ID}/`];

const publishes = (sp: ServicePrincipalInfo, value: string, type: 'delegated' | 'application') => {
  const lower = value.toLowerCase();
  return type === 'delegated'
    ? (sp.oauth2PermissionScopes ?? []).find((s) => (s.value ?? '').toLowerCase() === lower)?.value
    : (sp.appRoles ?? []).find((r) => (r.value ?? '').toLowerCase() === lower && (r.allowedMemberTypes ?? []).includes('Application'))?.value;
};

function resolveOne(name: string, resources: readonly ServicePrincipalInfo[]): ResolvedScope {
  const prefix = GRAPH_PREFIXES.find((p) => name.toLowerCase().startsWith(p.toLowerCase()));
  const bare = prefix ? name.slice(prefix.length) : name;
  const graph = resources.find((sp) => isGraphAppId(sp.appId));
  if (graph) {
    for (const type of ['delegated', 'application'] as const) {
      const value = publishes(graph, bare, type);
      if (value) return { name, value, type, resource: graph };
    }
  }
  if (prefix) return { name, type: 'unresolved', why: 'Microsoft Graph publishes no permission of this name.' };
  const others = resources.filter((sp) => !isGraphAppId(sp.appId) && publishes(sp, name, 'delegated'));
  const [only] = others;
  if (others.length === 1 && only) return { name, value: publishes(only, name, 'delegated')!, type: 'delegated', resource: only };
  return {
    name,
    type: 'unresolved',
    why:
      others.length > 1
        ? `${others.length} APIs publish a permission of this name: approve it in the Microsoft Entra admin center.`
        : 'No API in the tenant publishes a permission of this name.',
  };
}

export function resolvePendingScopes(names: readonly string[], resources: readonly ServicePrincipalInfo[]): ResolvedScope[] {
  return names.map((name) => resolveOne(name, resources));
}

/**
 * An application permission the admin adds to an approval by name. Requests list delegated permissions only
 * (a user asks on their own behalf), yet an app asking through .default may also configure application
 * permissions in its registration, which Graph does not show: the admin names them. Microsoft Graph's app
 * roles first, then the one other API of the request publishing an app role of that name.
 */
export function resolveAppPermission(name: string, resources: readonly ServicePrincipalInfo[]): ResolvedScope {
  const value = name.trim();
  const graph = resources.find((sp) => isGraphAppId(sp.appId));
  const onGraph = graph ? publishes(graph, value, 'application') : undefined;
  if (graph && onGraph) return { name: onGraph, value: onGraph, type: 'application', resource: graph };
  const others = resources.filter((sp) => !isGraphAppId(sp.appId) && publishes(sp, value, 'application'));
  const [only] = others;
  if (others.length === 1 && only) {
    const published = publishes(only, value, 'application')!;
    return { name: published, value: published, type: 'application', resource: only };
  }
  return {
    name: value,
    type: 'unresolved',
    why:
      others.length > 1
        ? `${others.length} APIs publish an application permission of this name.`
        : 'No API in the tenant publishes an application permission of this name.',
  };
}
