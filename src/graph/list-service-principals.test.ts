import { describe, expect, it } from 'vitest';
import { servicePrincipalsFirstPage } from './list-service-principals';

describe('list service principals request', () => {
  it('escapes quotes in the search term so it cannot break out of the filter', () => {
    const url = new URL(`http://x${servicePrincipalsFirstPage("O'Brien")}`);
    expect(url.searchParams.get('$filter')).toBe("startsWith(displayName,'O''Brien')");
    expect(url.searchParams.get('$top')).toBe('100');
  });

  it('has no filter without a search term', () => {
    const url = new URL(`http://x${servicePrincipalsFirstPage('  ')}`);
    expect(url.searchParams.has('$filter')).toBe(false);
  });
});
