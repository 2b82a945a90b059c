import { describe, expect, it } from 'vitest';
import { FilterSyntaxError, parseFilter, tokenize } from './filter.ts';
import { evaluate, UnsupportedFilter, validateFilter, type FilterPolicy } from './filter-eval.ts';

const sp = {
  id: '20000000-0000-4000-8000-000000000001',
  displayName: 'Microsoft Graph',
  publisherName: "O'Reilly Media",
  accountEnabled: true,
  tags: ['WindowsAzureActiveDirectoryIntegratedApp', 'HideApp'],
  createdDateTime: '2026-01-05T09:00:00Z',
  targetResources: [{ id: 'abc', type: 'ServicePrincipal' }],
  initiatedBy: { user: { id: 'u1' } },
};

const match = (filter: string, entity: object = sp) => evaluate(parseFilter(filter), entity);

describe('$filter parser', () => {
  it('tokenizes strings with escaped quotes, guids, datetimes and numbers', () => {
    const kinds = tokenize("a eq 'it''s' and id eq 20000000-0000-4000-8000-000000000001 or d ge 2026-01-05T09:00:00Z or n lt 5").map((t) => t.kind);
    expect(kinds).toEqual([
      'word',
      'word',
      'string',
      'word',
      'word',
      'word',
      'guid',
      'word',
      'word',
      'word',
      'datetime',
      'word',
      'word',
      'word',
      'number',
      'end',
    ]);
  });

  it('binds and tighter than or, honours parentheses and not', () => {
    expect(parseFilter("a eq 'x' or b eq 'y' and c eq 'z'")).toMatchObject({ kind: 'or', right: { kind: 'and' } });
    expect(parseFilter("(a eq 'x' or b eq 'y') and c eq 'z'")).toMatchObject({ kind: 'and', left: { kind: 'or' } });
    expect(match("not (displayName eq 'Microsoft Graph')")).toBe(false);
  });

  it('evaluates eq/ne case-insensitively, startsWith, endsWith, in and booleans', () => {
    expect(match("displayName eq 'microsoft graph'")).toBe(true);
    expect(match("displayName ne 'Microsoft Graph'")).toBe(false);
    expect(match("startsWith(displayName,'micro')")).toBe(true);
    expect(match("endswith(displayName,'GRAPH')")).toBe(true);
    expect(match("displayName in ('A', 'Microsoft Graph')")).toBe(true);
    expect(match("publisherName eq 'O''Reilly Media'")).toBe(true);
    expect(match('accountEnabled eq true and accountEnabled ne false')).toBe(true);
    expect(match("id eq '20000000-0000-4000-8000-000000000001'")).toBe(true);
  });

  it('evaluates lambdas over primitive and object collections, and nested paths', () => {
    expect(match("tags/any(t:t eq 'HideApp')")).toBe(true);
    expect(match("tags/any(t:t eq 'Nope')")).toBe(false);
    expect(match("targetResources/any(t:t/id eq 'abc')")).toBe(true);
    expect(match("initiatedBy/user/id eq 'u1'")).toBe(true);
  });

  it('compares datetimes', () => {
    expect(match('createdDateTime ge 2026-01-01T00:00:00Z and createdDateTime le 2026-02-01')).toBe(true);
    expect(match('createdDateTime gt 2026-01-06T00:00:00Z')).toBe(false);
  });

  it('treats a missing property as never equal', () => {
    expect(match("nothing eq 'x'")).toBe(false);
    expect(match('nothing eq null')).toBe(true);
  });

  it.each(["displayName eq 'x", 'displayName eq', "displayName 'x'", "(displayName eq 'x'", "displayName eq 'x')", '', 'a # b', "tags/any(t t eq 'x')"])(
    'rejects bad syntax: %s',
    (filter) => {
      expect(() => parseFilter(filter)).toThrow(FilterSyntaxError);
    },
  );
});

describe('$filter policy', () => {
  const policy: FilterPolicy = {
    properties: { displayname: ['eq', 'ne', 'startswith', 'endswith', 'in'], clientid: ['eq'] },
    lambdas: { tags: { '': ['eq'] } },
  };
  const validate = (f: string) => validateFilter(parseFilter(f), policy);

  it('accepts supported properties and operators, flags advanced ones', () => {
    expect(validate("displayName eq 'x' and clientId eq 'y'")).toEqual({ advanced: false, counted: false });
    expect(validate("tags/any(t:t eq 'x')")).toEqual({ advanced: false, counted: false });
    expect(validate("displayName ne 'x'")).toEqual({ advanced: true, counted: false });
    expect(validate("not startsWith(displayName,'x')")).toEqual({ advanced: true, counted: false });
    expect(validate("endsWith(displayName,'x')")).toEqual({ advanced: true, counted: false });
  });

  it('a relationship count the collection allows (eq or ne, 0 or 1) is advanced; others are unsupported', () => {
    const counted = (f: string) => validateFilter(parseFilter(f), policy, ['owners']);
    expect(counted('owners/$count eq 0')).toEqual({ advanced: true, counted: true });
    expect(counted("owners/$count ne 1 and displayName eq 'x'")).toEqual({ advanced: true, counted: true });
    for (const f of ['owners/$count eq 2', 'owners/$count ge 1', 'members/$count eq 0', 'tags/any(t:t/$count eq 0)']) {
      expect(() => counted(f), f).toThrow(UnsupportedFilter);
    }
    expect(() => validate('owners/$count eq 0')).toThrow(UnsupportedFilter);
  });

  it.each([
    "scope eq 'x'",
    "clientId ne 'x'",
    "contains(displayName,'x')",
    "'x' eq displayName",
    "tags/all(t:t eq 'x')",
    "other/any(t:t eq 'x')",
    'clientId eq displayName',
  ])('rejects %s as unsupported', (filter) => {
    expect(() => validate(filter)).toThrow(UnsupportedFilter);
  });
});
