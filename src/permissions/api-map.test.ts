import { describe, expect, it } from 'vitest';
import raw from './catalog/graph-api-permissions.json';
import { createApiPermissionMap, graphPath, type RawApiEntry } from './api-map';

const map = createApiPermissionMap(raw as Record<string, RawApiEntry>);

describe('graphPath', () => {
  it('strips origin, version, query and trailing slash', () => {
    expect(graphPath('https://graph.microsoft.com/v1.0/users/abc/?$select=id')).toBe('/users/abc');
    expect(graphPath('http://localhost:4011/v1.0/me')).toBe('/me');
    expect(graphPath('servicePrincipals')).toBe('/servicePrincipals');
  });
});

describe('ApiPermissionMap.lookup', () => {
  it('finds a collection with its least-privileged permissions first', () => {
    const entry = map.lookup('GET', 'https://graph.microsoft.com/v1.0/servicePrincipals?$top=999');
    expect(entry?.key).toBe('GET /serviceprincipals');
    expect(entry?.leastDelegated).toBe('Application.Read.All');
  });

  it('matches ids in any case against {id} segments', () => {
    const entry = map.lookup('delete', '/oauth2PermissionGrants/AbC-123_x');
    expect(entry?.key).toBe('DELETE /oauth2permissiongrants/{id}');
    expect(entry?.delegated).toContain('DelegatedPermissionGrant.ReadWrite.All');
  });

  it('prefers literal segments over {id}', () => {
    expect(map.lookup('GET', '/users/delta')?.key).toBe('GET /users/delta');
    expect(map.lookup('GET', '/users/0f1e2d3c-aaaa-4bbb-8ccc-123456789012')?.key).toBe('GET /users/{id}');
  });

  it('matches key-as-segment addressing', () => {
    const entry = map.lookup('GET', "/servicePrincipals(appId='00000003-0000-0000-c000-000000000000')");
    expect(entry?.key).toBe('GET /serviceprincipals(appid={value})');
  });

  it('knows /me needs a delegated permission only', () => {
    const entry = map.lookup('GET', '/me');
    expect(entry?.leastDelegated).toBe('User.Read');
    expect(entry?.application).toEqual([]);
  });

  it('returns undefined for an unknown API', () => {
    expect(map.lookup('GET', '/no/such/thing')).toBeUndefined();
  });
});
