/**
 * Reads the `ConsentAction.Permissions` property of a "Consent to application" directory audit event.
 * Entra writes the delegated grants before and after the consent as one structured string, e.g.
 *
 *   [] => [[Id: g1, ClientId: c1, PrincipalId: u1, ResourceId: r1, ConsentType: Principal, Scope: User.Read Mail.Read, CreatedDateTime: , LastModifiedDateTime: ]];
 *
 * old grants left of `=>`, new grants right, one `old => new` pair per resource API, separated by `;`.
 * The audit API returns the value JSON-quoted ("\"[] => …\""); single fields may be quoted too.
 * Anything else (garbage, a format Entra may adopt later) yields no grants rather than an error.
 */
import { splitScopes } from '../permissions/scopes';

export interface ConsentedGrant {
  id?: string;
  clientId?: string;
  principalId?: string;
  resourceId?: string;
  consentType?: string;
  scopes: string[];
}

/** One `old => new` pair: a grant (usually one per side) as it was and as the consent left it. */
export interface ConsentPair {
  before: ConsentedGrant[];
  after: ConsentedGrant[];
}

export interface ConsentPermissions {
  /** The grants as they were before the consent. */
  before: ConsentedGrant[];
  /** The grants as the consent left them. */
  after: ConsentedGrant[];
  /** The same grants pair by pair, as the log wrote them (provenance follows each grant through them). */
  pairs: ConsentPair[];
}

const unquote = (value: string) =>
  value
    .trim()
    .replace(/^\\?"+|\\?"+$/g, '')
    .trim();

/** `[]` or `[[…], […]]`: a list of grants, none containing brackets. */
// Unambiguous (each whitespace run has one way to match), so a hostile value cannot make it backtrack long.
const GRANT_LIST = String.raw`\[\s*(?:\[[^[\]]*\](?:\s*,)?\s*)*\]`;
const PAIR = new RegExp(`(${GRANT_LIST})\\s*=>\\s*(${GRANT_LIST})`, 'g');

function parseGrant(body: string): ConsentedGrant {
  const fields = new Map<string, string>();
  // Fields are `Name: value`, comma-separated; values (scope strings, ids, dates) hold no commas.
  for (const part of body.split(',')) {
    const match = /^\s*([A-Za-z]+)\s*:(.*)$/s.exec(part);
    if (match) fields.set(match[1]!.toLowerCase(), unquote(match[2]!));
  }
  const field = (name: string) => fields.get(name) || undefined;
  return {
    id: field('id'),
    clientId: field('clientid'),
    principalId: field('principalid'),
    resourceId: field('resourceid'),
    consentType: field('consenttype'),
    scopes: splitScopes(fields.get('scope')),
  };
}

function parseGrants(list: string): ConsentedGrant[] {
  // Inside the list's own brackets, each grant is one bracketed group.
  return [...list.slice(1, -1).matchAll(/\[([^[\]]*)\]/g)].map((m) => parseGrant(m[1]!));
}

export function parseConsentPermissions(value: string | null | undefined): ConsentPermissions {
  const text = unquote((value ?? '').replace(/\\"/g, '"'));
  const result: ConsentPermissions = { before: [], after: [], pairs: [] };
  for (const [, beforeList, afterList] of text.matchAll(PAIR)) {
    const pair = { before: parseGrants(beforeList!), after: parseGrants(afterList!) };
    result.before.push(...pair.before);
    result.after.push(...pair.after);
    result.pairs.push(pair);
  }
  return result;
}

const uniqueScopes = (grants: readonly ConsentedGrant[]) => {
  const seen = new Map<string, string>();
  for (const scope of grants.flatMap((g) => g.scopes)) if (!seen.has(scope.toLowerCase())) seen.set(scope.toLowerCase(), scope);
  return [...seen.values()];
};

/** The scopes the consent left granted (those of the new grants). */
export const scopesAfter = (permissions: ConsentPermissions): string[] => uniqueScopes(permissions.after);

const keyOf = (grant: ConsentedGrant, scope: string) => `${grant.resourceId ?? ''}|${scope.toLowerCase()}`;

/**
 * The scopes this consent added: granted after it and not before on the same resource API (what was
 * consented to at that time; an amended consent lists the scopes held already on both sides).
 */
export function scopesAdded(permissions: ConsentPermissions): string[] {
  const had = new Set(permissions.before.flatMap((g) => g.scopes.map((s) => keyOf(g, s))));
  const added = permissions.after.map((g) => ({ ...g, scopes: g.scopes.filter((s) => !had.has(keyOf(g, s))) }));
  return uniqueScopes(added);
}
