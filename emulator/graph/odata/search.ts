// $search for directory objects: "property:term" clauses joined by AND / OR (AND binds tighter).
// concepts/search-query-parameter.md: only displayName and description are tokenized — the value is split
// into words on spaces, punctuation, case changes and letter/digit boundaries, and every word of the term
// must start a word of the value ("Vance" finds "Adele Vance"); every other property matches only when the
// whole value starts with the term ("admin@" finds admin@contoso.example, "contoso" does not).

export interface SearchClause {
  property: string;
  term: string;
}
export interface SearchExpr {
  /** OR of ANDs */
  any: SearchClause[][];
  properties: string[];
}

export function parseSearch(raw: string): SearchExpr | undefined {
  const parts = raw.trim().split(/\s+(AND|OR)\s+(?=")/);
  const any: SearchClause[][] = [[]];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 1) {
      if (part === 'OR') any.push([]);
      continue;
    }
    const m = /^"([\w.]+):([^"]*)"$/.exec(part.trim());
    if (!m || !m[2]) return undefined;
    any[any.length - 1]!.push({ property: m[1]!, term: m[2]! });
  }
  const properties = [...new Set(any.flat().map((c) => c.property))];
  return { any, properties };
}

export function matchesSearch(search: SearchExpr, entity: Record<string, unknown>): boolean {
  return search.any.some((all) => all.every((clause) => clauseMatches(clause, entity)));
}

/** The properties the directory's search index tokenizes. */
export const TOKENIZED_PROPERTIES: ReadonlySet<string> = new Set(['displayname', 'description']);

function clauseMatches(clause: SearchClause, entity: Record<string, unknown>): boolean {
  const key = Object.keys(entity).find((k) => k.toLowerCase() === clause.property.toLowerCase());
  const value = key === undefined ? undefined : entity[key];
  if (typeof value !== 'string') return false;
  if (!TOKENIZED_PROPERTIES.has(clause.property.toLowerCase())) return value.toLowerCase().startsWith(clause.term.toLowerCase());
  const words = searchTokens(value);
  const wanted = termWords(clause.term);
  return wanted.length > 0 && wanted.every((w) => startsAWord(words, w));
}

/** The term's words: split on everything but letters and digits (its own casing says nothing). */
function termWords(term: string): string[] {
  return term
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Does `word` start at a word boundary of the value ("vance" in adele·vance, "helloworld" in hello·world)? */
function startsAWord(words: readonly string[], word: string): boolean {
  return words.some((_, i) => words.slice(i).join('').startsWith(word));
}

/** "Adele Vance" → adele, vance; "helloWorld2go" → hello, world, 2, go; "ABCCorp-HR (EU)" → abc, corp, hr, eu. */
export function searchTokens(text: string): string[] {
  return text
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})/gu, '$1 $2')
    .replace(/(\p{N})(\p{L})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}
