import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseReviewFile, reviewFileText } from './review-file';
import { openReviewMarks, type ReviewMark } from './review-marks';

const mark = (id: string, at: string, oid = 'admin'): ReviewMark => ({
  id,
  at,
  by: { upn: `${oid}@contoso.example`, oid, tenantId: 'Tenant' },
  snapshot: {
    version: 1,
    servicePrincipals: [{ id: 'sp', appId: 'app', displayName: 'Mail Helper Pro' }],
    grants: [{ id: 'g', clientId: 'sp', resourceId: 'graph', principalId: null, scope: 'Mail.Read' }],
    assignments: [{ id: 'a', principalId: 'sp', resourceId: 'graph', appRoleId: 'role' }],
  },
});

describe('review marks', () => {
  it('keeps marks per tenant and account, newest first, across connections', async () => {
    const first = openReviewMarks('test-reviews-1');
    await first.add({ tenantId: 'Tenant', oid: 'admin' }, mark('m1', '2026-11-01T10:00:00Z'));
    await first.add({ tenantId: 'tenant', oid: 'ADMIN' }, mark('m2', '2026-12-01T10:00:00Z'));
    await first.add({ tenantId: 'tenant', oid: 'other' }, mark('m3', '2026-12-02T10:00:00Z', 'other'));
    const again = openReviewMarks('test-reviews-1');
    expect((await again.list({ tenantId: 'TENANT', oid: 'admin' })).map((m) => m.id)).toEqual(['m2', 'm1']);
    expect(await again.list({ tenantId: 'tenant', oid: 'other' })).toEqual([mark('m3', '2026-12-02T10:00:00Z', 'other')]);
    expect(await again.list({ tenantId: 'another', oid: 'admin' })).toEqual([]);
  });
});

describe('review file', () => {
  it('reads back exactly the mark it exported', () => {
    const kept = mark('m1', '2026-11-01T10:00:00Z');
    expect(parseReviewFile(reviewFileText(kept), 'tenant')).toEqual({ mark: kept });
  });

  it('refuses anything else, saying why', () => {
    const file = JSON.parse(reviewFileText(mark('m1', '2026-11-01T10:00:00Z'))) as { mark: ReviewMark };
    const variant = (change: (f: { kind?: string; mark: Record<string, unknown> & ReviewMark }) => void) => {
      const copy = structuredClone(file) as { kind?: string; mark: Record<string, unknown> & ReviewMark };
      change(copy);
      return parseReviewFile(JSON.stringify(copy), 'tenant');
    };
    expect(parseReviewFile('not json', 'tenant')).toEqual({ error: 'The file is not JSON.' });
    expect(variant((f) => delete f.kind)).toEqual({ error: 'The file is not a review exported by this console.' });
    expect(variant((f) => (f.mark.at = 'yesterday'))).toEqual({ error: 'mark.at is not a date.' });
    expect(variant((f) => (f.mark.snapshot.version = 2 as 1))).toEqual({ error: 'mark.snapshot.version is not 1.' });
    expect(variant((f) => ((f.mark.snapshot.grants[0] as unknown as Record<string, unknown>).scope = 5))).toEqual({
      error: 'mark.snapshot.grants[0].scope is not a string.',
    });
    expect(variant((f) => ((f.mark.snapshot.grants[0] as unknown as Record<string, unknown>).principalId = 7))).toEqual({
      error: 'mark.snapshot.grants[0].principalId is neither a string nor null.',
    });
    expect(variant((f) => (f.mark.snapshot.assignments = {} as never))).toEqual({ error: 'mark.snapshot.assignments is not a list.' });
    expect(parseReviewFile(reviewFileText(mark('m1', '2026-11-01T10:00:00Z')), 'another')).toEqual({
      error: 'The review was made in another tenant (Tenant).',
    });
  });
});
