/**
 * OData string literals for `$filter` clauses and key lookups built from data (ids, names, search terms):
 * a quote in the value is doubled, so the value can never end the literal and add a clause of its own.
 */

/** `O'Brien` → `'O''Brien'`. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
