// $search for directory objects: "property:term" clauses joined by AND / OR (AND binds tighter). A term
// matches when a word of the property's value starts with it, as the directory's tokenized search does.

export interface SearchClause { property: string; term: string }
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
    any[any.length - 1]!.push({ property: m[1]!, term: m[2]!.toLowerCase() });
  }
  const properties = [...new Set(any.flat().map((c) => c.property))];
  return { any, properties };
}

export function matchesSearch(search: SearchExpr, entity: Record<string, unknown>): boolean {
  return search.any.some((all) => all.every((clause) => clauseMatches(clause, entity)));
}

function clauseMatches(clause: SearchClause, entity: Record<string, unknown>): boolean {
  const key = Object.keys(entity).find((k) => k.toLowerCase() === clause.property.toLowerCase());
  const value = key === undefined ? undefined : entity[key];
  if (typeof value !== 'string') return false;
  const text = value.toLowerCase();
  return text.startsWith(clause.term) || text.split(/[\s\-_.@,;:()]+/).some((word) => word.startsWith(clause.term));
}
