import { describe, expect, it } from 'vitest';
import entries from './catalog/graph-permissions.json';
import { createPermissionCatalog, describeDelegatedScope, type GraphPermission } from './catalog';

const catalog = createPermissionCatalog(entries as GraphPermission[]);

describe('permission catalogue', () => {
  it('finds delegated scopes case-insensitively with their admin flag', () => {
    expect(catalog.delegated('user.read')?.isAdmin).toBe(false);
    expect(catalog.delegated('Application.Read.All')?.isAdmin).toBe(true);
    expect(catalog.application('User.Read')).toBeUndefined();
  });

  it('describes known and unknown scopes', () => {
    expect(describeDelegatedScope(catalog, 'Application.Read.All')).toMatchObject({
      name: 'Read applications',
      adminOnly: true,
    });
    expect(describeDelegatedScope(catalog, 'Nope.Nope')).toEqual({
      value: 'Nope.Nope',
      name: 'Nope.Nope',
      description: '',
      adminOnly: undefined,
    });
  });
});
