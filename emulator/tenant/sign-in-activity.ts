// Service principal sign-in activity: every token the identity endpoints issue counts as a sign-in of the
// client (as client) and of the API it is for (as resource), in the delegated or the app-only flow — the four
// activities of the beta servicePrincipalSignInActivity resource (api-reference/beta/resources/
// serviceprincipalsigninactivity.md). The real report is aggregated with a delay; the emulator's is current.
import type { ServicePrincipal, SignInTimes } from './types.ts';

export type SignInFlow = 'delegated' | 'application';

export function recordSignIn(client: ServicePrincipal, resource: ServicePrincipal | undefined, flow: SignInFlow, at = new Date().toISOString()): void {
  const times = (client.signIns ??= {});
  if (flow === 'delegated') times.delegatedClient = at;
  else times.applicationClient = at;
  if (!resource) return;
  const used = (resource.signIns ??= {});
  if (flow === 'delegated') used.delegatedResource = at;
  else used.applicationResource = at;
}

/** The latest of the four activities (null: none). */
export function lastSignIn(times: SignInTimes | undefined): string | null {
  const all = Object.values(times ?? {}).filter((t): t is string => typeof t === 'string');
  return all.length === 0 ? null : all.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
}
