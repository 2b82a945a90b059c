import { describe, expect, it } from 'vitest';
import { searchTerm, usersFirstPage } from './search-users';

const firstPage = (search: string) => new URL(usersFirstPage(search), 'http://x').searchParams;

describe('user search', () => {
  it('searches display name, UPN or mail, with a count, and never lets a quote break the clause', () => {
    expect(firstPage(' meg"an\\ ').get('$search')).toBe('"displayName:meg an" OR "userPrincipalName:meg an" OR "mail:meg an"');
    expect(firstPage('megan').get('$count')).toBe('true');
    expect(searchTerm('"""')).toBe('');
    expect(firstPage('').has('$search')).toBe(false);
  });

  it('concepts/search-query-parameter.md: UPN and mail match by prefix, so the whole term (not its words) is each clause', () => {
    // "adele.v" is one prefix of adele.vance@contoso.example; splitting it into words would find nothing by prefix.
    expect(firstPage('adele.v').get('$search')).toContain('"userPrincipalName:adele.v"');
    expect(firstPage('adele.vance@contoso').get('$search')).toContain('"mail:adele.vance@contoso"');
  });

  it('user-list.md / User.ReadBasic.All: selects only the basic profile (no jobTitle)', () => {
    expect(firstPage('x').get('$select')).toBe('id,displayName,userPrincipalName,mail,givenName,surname');
    expect(firstPage('').get('$select')).not.toContain('jobTitle');
  });
});
