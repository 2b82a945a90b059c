import { describe, expect, it } from 'vitest';
import { parseConsentPermissions } from './consent-action-permissions';

const grant = (id: string, resource: string, scope: string) =>
  `[Id: ${id}, ClientId: c1, PrincipalId: u1, ResourceId: ${resource}, ConsentType: Principal, Scope: ${scope}, CreatedDateTime: , LastModifiedDateTime: ]`;

describe('parseConsentPermissions pairs', () => {
  it('keeps each `old => new` pair apart, so each grant is followed on its own', () => {
    const value = `"[] => [${grant('g1', 'r1', 'User.Read')}]; [${grant('g2', 'r2', 'Files.Read')}] => [${grant('g2', 'r2', 'Files.Read Sites.Read.All')}]; "`;
    const { pairs, before, after } = parseConsentPermissions(value);
    expect(pairs).toHaveLength(2);
    expect(pairs[0]).toMatchObject({ before: [], after: [{ id: 'g1', resourceId: 'r1', scopes: ['User.Read'] }] });
    expect(pairs[1]!.before[0]!.scopes).toEqual(['Files.Read']);
    expect(pairs[1]!.after[0]!.scopes).toEqual(['Files.Read', 'Sites.Read.All']);
    expect(before).toHaveLength(1);
    expect(after).toHaveLength(2);
  });
  it('garbage gives no pairs', () => {
    expect(parseConsentPermissions('[[[ => ;; ]').pairs).toEqual([]);
  });
});
