import { describe, expect, it } from 'vitest';
import raw from '../../../permissions/catalog/graph-api-permissions.json';
import catalog from '../../../permissions/catalog/graph-permissions.json';
import { createApiPermissionMap, type RawApiEntry } from '../../../permissions/api-map';
import { diagnose } from './diagnose';
import type { AccessTokenClaims, DiagnosisInput } from './types';

const map = createApiPermissionMap(raw as Record<string, RawApiEntry>);
const adminOnly = new Map(catalog.filter((p) => p.type === 'delegated').map((p) => [p.value.toLowerCase(), p.isAdmin]));
const NOW = 1_800_000_000;
const GLOBAL_ADMIN = '62e90394-69f5-4237-9190-012177145e10';
const USER_ADMIN = 'fe930be7-5e62-47db-91af-98c3a49a38b1';
const HELPDESK_ADMIN = '729827e3-9c14-49f7-bb1b-9608f156bbb8';

function userToken(scp: string, extra: Partial<AccessTokenClaims> = {}): AccessTokenClaims {
  return { aud: '00000003-0000-0000-c000-000000000000', scp, idtyp: 'user', iat: NOW - 60, nbf: NOW - 60, exp: NOW + 3000, wids: [], ...extra };
}

function input(method: string, url: string, token: AccessTokenClaims | null, extra: Partial<DiagnosisInput> = {}): DiagnosisInput {
  return {
    method,
    url,
    token,
    now: NOW,
    api: map.lookup(method, url),
    graphAudiences: ['00000003-0000-0000-c000-000000000000', 'https://graph.microsoft.com'],
    isAdminOnly: (scope) => adminOnly.get(scope.toLowerCase()),
    ...extra,
  };
}

const noGrants = { allPrincipals: [], signedInUser: [], otherUsers: [], appRoles: [] };
const forbidden = { status: 403, code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' };

describe('diagnose', () => {
  it('no token', () => {
    const v = diagnose(input('GET', '/me', null, { response: { status: 401, code: 'InvalidAuthenticationToken' } }));
    expect(v.cause).toBe('no-token');
    expect(v.fix).toEqual({ kind: 'consent', scopes: ['User.Read'] });
  });

  it('expired token → refresh', () => {
    const v = diagnose(input('GET', '/me', userToken('User.Read', { exp: NOW - 10 })));
    expect(v.cause).toBe('expired');
    expect(v.fix?.kind).toBe('refresh-token');
  });

  it('not yet valid (clock skew beyond tolerance)', () => {
    expect(diagnose(input('GET', '/me', userToken('User.Read', { nbf: NOW + 3600 }))).cause).toBe('not-yet-valid');
    expect(diagnose(input('GET', '/me', userToken('User.Read', { nbf: NOW + 60 }))).cause).toBe('allowed');
  });

  it('a scope in another resource’s token is a wrong audience, not a missing scope', () => {
    const token = userToken('AllSites.Read Mail.Read', { aud: '00000003-0000-0ff1-ce00-000000000000' });
    const v = diagnose(input('GET', '/me/messages', token, { response: { status: 401, code: 'InvalidAuthenticationToken' } }));
    expect(v.cause).toBe('wrong-audience');
    expect(v.evidence.find((e) => e.label === 'aud')?.value).toBe('00000003-0000-0ff1-ce00-000000000000');
    expect(v.fix).toEqual({ kind: 'use-graph-token', scopes: ['Mail.ReadBasic'] });
  });

  it('accepts https://graph.microsoft.com/ as an audience', () => {
    expect(diagnose(input('GET', '/me', userToken('User.Read', { aud: 'https://graph.microsoft.com/' }))).cause).toBe('allowed');
  });

  it('app-only token on a delegated-only API', () => {
    const token: AccessTokenClaims = { aud: 'https://graph.microsoft.com', roles: ['User.Read.All'], idtyp: 'app', exp: NOW + 100 };
    const v = diagnose(input('GET', '/me', token, { response: { status: 400, code: 'BadRequest' } }));
    expect(v.cause).toBe('app-token-on-delegated-only-api');
  });

  it('app-only token without the application permission', () => {
    const token: AccessTokenClaims = { aud: 'https://graph.microsoft.com', roles: ['User.Read.All'], exp: NOW + 100 };
    const v = diagnose(input('GET', '/servicePrincipals', token, { response: forbidden }));
    expect(v.cause).toBe('application-permission-missing');
    expect(v.leastPrivileged).toBe('Application.Read.All');
  });

  it('roles present in a user token: still judged as a delegated call', () => {
    const token = userToken('User.Read', { roles: ['Application.Read.All'] });
    const v = diagnose(input('GET', '/servicePrincipals', token, { response: forbidden, grants: noGrants, userRoles: [GLOBAL_ADMIN] }));
    expect(v.cause).toBe('scope-not-consented');
    expect(v.fix).toEqual({ kind: 'consent', scopes: ['Application.Read.All'] });
  });

  it('delegated token on an application-only API', () => {
    const api = map.entries().find((e) => e.delegated.length === 0 && e.application.length > 0 && e.method === 'GET')!;
    const v = diagnose({ ...input('GET', api.path, userToken('User.Read')), api });
    expect(v.cause).toBe('delegated-token-on-app-only-api');
  });

  it('scope names match whatever their case', () => {
    expect(diagnose(input('GET', '/servicePrincipals', userToken('application.read.ALL'))).cause).toBe('allowed');
  });

  it('not consented, user-consentable → request consent for the least privileged scope', () => {
    const v = diagnose(input('GET', '/me/messages', userToken('User.Read'), { response: forbidden, grants: noGrants }));
    expect(v.cause).toBe('scope-not-consented');
    expect(v.fix).toEqual({ kind: 'consent', scopes: ['Mail.ReadBasic'] });
  });

  it('admin-only scope for a user who cannot consent for the organization → admin consent', () => {
    const v = diagnose(input('GET', '/servicePrincipals', userToken('User.Read'), { response: forbidden, grants: noGrants, userRoles: [HELPDESK_ADMIN] }));
    expect(v.cause).toBe('needs-admin-consent');
    expect(v.fix).toEqual({ kind: 'admin-consent', scopes: ['Application.Read.All'] });
  });

  it('consented in the tenant after the token was issued → stale token', () => {
    const grants = { ...noGrants, allPrincipals: ['User.Read', 'Application.Read.All'] };
    const v = diagnose(input('GET', '/servicePrincipals', userToken('User.Read'), { response: forbidden, grants }));
    expect(v.cause).toBe('stale-token');
    expect(v.fix).toEqual({ kind: 'refresh-token', scopes: ['Application.Read.All'] });
  });

  it('consented by other users only', () => {
    const grants = { ...noGrants, otherUsers: ['Mail.Read'] };
    const v = diagnose(input('GET', '/me/messages', userToken('User.Read'), { response: forbidden, grants }));
    expect(v.cause).toBe('consented-by-other-users-only');
    expect(v.fix?.kind).toBe('consent');
  });

  it('application permission granted, delegated call', () => {
    const grants = { ...noGrants, appRoles: ['Application.Read.All'] };
    const v = diagnose(input('GET', '/servicePrincipals', userToken('User.Read'), { response: forbidden, grants, userRoles: [GLOBAL_ADMIN] }));
    expect(v.cause).toBe('granted-as-application-permission');
    expect(v.fix).toEqual({ kind: 'consent', scopes: ['Application.Read.All'] });
    // A plain user cannot consent to an admin-only permission: the fix is the request to an administrator.
    const plain = diagnose(input('GET', '/servicePrincipals', userToken('User.Read'), { response: forbidden, grants, userRoles: [] }));
    expect(plain.fix).toEqual({ kind: 'admin-consent', scopes: ['Application.Read.All'] });
  });

  it('no token, admin-only API: a plain user is offered the admin consent request, an admin the consent', () => {
    const noToken = { response: { status: 401, code: 'InvalidAuthenticationToken' } };
    expect(diagnose(input('GET', '/oauth2PermissionGrants', null, { ...noToken, userRoles: [] })).fix).toEqual({
      kind: 'admin-consent',
      scopes: ['Directory.Read.All'],
    });
    expect(diagnose(input('GET', '/oauth2PermissionGrants', null, { ...noToken, userRoles: [GLOBAL_ADMIN] })).fix).toEqual({
      kind: 'consent',
      scopes: ['Directory.Read.All'],
    });
  });

  it('permission held but no directory role for a delegated write', () => {
    const requiredRoles = { ids: [GLOBAL_ADMIN, USER_ADMIN], names: ['Global Administrator', 'User Administrator'] };
    const token = userToken('DelegatedPermissionGrant.ReadWrite.All', { wids: [HELPDESK_ADMIN] });
    const v = diagnose(input('DELETE', '/oauth2PermissionGrants/abc', token, { response: forbidden, requiredRoles, userRoles: [HELPDESK_ADMIN] }));
    expect(v.cause).toBe('missing-role');
    expect(v.fix).toEqual({ kind: 'request-role', roles: ['Global Administrator', 'User Administrator'] });
    // The token's wids are named from the one role table; the ids are secondary text.
    expect(v.evidence.find((e) => e.label === 'Your directory roles (wids)')).toEqual({
      label: 'Your directory roles (wids)',
      value: 'Helpdesk Administrator',
      detail: HELPDESK_ADMIN,
    });
    const none = diagnose(input('DELETE', '/oauth2PermissionGrants/abc', token, { response: forbidden, requiredRoles, userRoles: [] }));
    expect(none.evidence.find((e) => e.label === 'Your directory roles (wids)')).toEqual({ label: 'Your directory roles (wids)', value: 'none (member only)' });
    const ok = diagnose(input('DELETE', '/oauth2PermissionGrants/abc', token, { requiredRoles, userRoles: [USER_ADMIN] }));
    expect(ok.cause).toBe('allowed');
  });

  it('licence missing for a mailbox call', () => {
    const response = { status: 404, code: 'MailboxNotEnabledForRESTAPI', message: 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.' };
    expect(diagnose(input('GET', '/me/messages', userToken('Mail.Read'), { response })).cause).toBe('licence-missing');
    expect(diagnose(input('GET', '/me/messages', userToken('Mail.Read'), { response: { ...response, status: 403 } })).cause).toBe('licence-missing');
    expect(diagnose(input('GET', '/me/messages', userToken('Mail.Read'), { response: { status: 404, code: 'ResourceNotFound' } })).cause).toBe(
      'not-authorization',
    );
  });

  it('claims challenge after revoked sessions → re-authenticate with the claims', () => {
    const claims = '{"access_token":{"nbf":{"essential":true,"value":"1800000000"}}}';
    const response = { status: 401, code: 'InvalidAuthenticationToken', challenge: { error: 'insufficient_claims', claims } };
    const v = diagnose(input('GET', '/me', userToken('User.Read', { xms_cc: ['CP1'] }), { response }));
    expect(v.cause).toBe('claims-challenge');
    expect(v.fix).toEqual({ kind: 'reauthenticate', claims, scopes: ['User.Read'] });
  });

  it('throttled', () => {
    const v = diagnose(input('GET', '/oauth2PermissionGrants', userToken('Directory.Read.All'), { response: { status: 429, retryAfterSeconds: 7 } }));
    expect(v.cause).toBe('throttled');
    expect(v.fix).toEqual({ kind: 'wait', seconds: 7 });
  });

  it('not an authorization problem', () => {
    const v = diagnose(input('GET', '/users/nobody', userToken('User.Read.All'), { response: { status: 404, code: 'Request_ResourceNotFound' } }));
    expect(v.cause).toBe('not-authorization');
  });

  it('unknown API that failed', () => {
    expect(diagnose(input('GET', '/nope/nothing', userToken('User.Read'), { response: forbidden })).cause).toBe('unknown-api');
  });
});
