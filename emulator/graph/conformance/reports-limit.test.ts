// The reports service (directory audits, the beta sign-in activity report): audits need both AuditLog.Read.All
// and Directory.Read.All; at most 5 requests per 10 seconds per app and tenant — always on; a reset clears the window.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../index.ts';
import { parseReportsLimit, ReportsLimit } from '../reports-limit.ts';
import { appToken, graph, IDS, startEmulator } from '../test-support.ts';
import { callAs } from './support.ts';
import type { Principal } from '../types.ts';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.store.reset());

const both = ['AuditLog.Read.All', 'Directory.Read.All'];

describe('api-reference/v1.0/api/directoryaudit-list.md: directory audits need AuditLog.Read.All and Directory.Read.All', () => {
  it('either one alone → 403, both → 200 (delegated)', async () => {
    expect((await callAs(emulator, IDS.users.admin, ['AuditLog.Read.All'], '/auditLogs/directoryAudits')).status).toBe(403);
    expect((await callAs(emulator, IDS.users.admin, ['Directory.Read.All'], '/auditLogs/directoryAudits')).status).toBe(403);
    expect((await callAs(emulator, IDS.users.admin, both, '/auditLogs/directoryAudits')).status).toBe(200);
  });

  it('either one alone → 403, both → 200 (application)', async () => {
    expect((await graph(emulator, '/auditLogs/directoryAudits', { token: await appToken(emulator, ['AuditLog.Read.All']) })).status).toBe(403);
    expect((await graph(emulator, '/auditLogs/directoryAudits', { token: await appToken(emulator, both) })).status).toBe(200);
  });
});

describe('includes/throttling-aad-reports.md: 5 requests per 10 seconds per app and tenant', () => {
  it('the beta sign-in activity report shares the window with the directory audits', async () => {
    const token = await appToken(emulator, both);
    for (let i = 1; i <= 4; i++) expect((await graph(emulator, '/auditLogs/directoryAudits?$top=1', { token })).status, `request ${i}`).toBe(200);
    const report = (t: string) => graph(emulator, '/reports/servicePrincipalSignInActivities', { version: 'beta', token: t });
    expect((await report(token)).status).toBe(200);
    expect((await report(token)).status).toBe(429);
  });

  it('the 6th request within 10 s → 429 TooManyRequests with Retry-After; a reset clears the window', async () => {
    const token = await appToken(emulator, both);
    for (let i = 1; i <= 5; i++) expect((await graph(emulator, '/auditLogs/directoryAudits?$top=1', { token })).status, `request ${i}`).toBe(200);
    const sixth = await graph(emulator, '/auditLogs/directoryAudits?$top=1', { token });
    expect(sixth.status).toBe(429);
    expect(sixth.body.error).toMatchObject({ code: 'TooManyRequests' });
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(sixth.headers.get('retry-after'))).toBeLessThanOrEqual(10);
    const byId = await graph(emulator, `/auditLogs/directoryAudits/${emulator.store.audit[0]?.id ?? 'x'}`, { token });
    expect(byId.status).toBe(429);
    emulator.store.reset();
    expect((await graph(emulator, '/auditLogs/directoryAudits?$top=1', { token })).status).toBe(200);
  });

  it('counts per app: another app has its own window; other Graph calls are not counted', async () => {
    const first = await appToken(emulator, both);
    const other = await appToken(emulator, both, { appId: 'a1d2a7e5-0001-4b6c-8d7e-9f0a1b2c3d01' });
    for (let i = 0; i < 5; i++) await graph(emulator, '/auditLogs/directoryAudits?$top=1', { token: first });
    expect((await graph(emulator, '/auditLogs/directoryAudits?$top=1', { token: other })).status).toBe(200);
    expect((await graph(emulator, '/servicePrincipals?$top=1', { token: first })).status).toBe(200);
    expect((await graph(emulator, '/auditLogs/directoryAudits?$top=1', { token: first })).status).toBe(429);
  });

  it('the window slides: a request is accepted again once the oldest is 10 s old', () => {
    const limit = new ReportsLimit({ requests: 5, windowSeconds: 10 });
    const principal = { claims: { tid: 't' }, appId: 'a' } as unknown as Principal;
    for (let i = 0; i < 5; i++) limit.take(principal, 1000 + i * 100);
    expect(() => limit.take(principal, 5000)).toThrow(expect.objectContaining({ status: 429, headers: { 'Retry-After': '6' } }));
    expect(() => limit.take(principal, 11_000)).not.toThrow();
  });
});

describe('reportsLimit option and --reports-limit (emulator options, not Microsoft behaviour)', () => {
  it('reportsLimit: false turns it off; { requests, windowSeconds } changes it', async () => {
    const off = await startEmulator({ reportsLimit: false });
    const two = await startEmulator({ reportsLimit: { requests: 2, windowSeconds: 10 } });
    try {
      const t1 = await appToken(off, both);
      for (let i = 0; i < 7; i++) expect((await graph(off, '/auditLogs/directoryAudits?$top=1', { token: t1 })).status).toBe(200);
      const t2 = await appToken(two, both);
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await graph(two, '/auditLogs/directoryAudits?$top=1', { token: t2 })).status);
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await Promise.all([off.close(), two.close()]);
    }
  });

  it('parses N/S and off', () => {
    expect(parseReportsLimit('5/10')).toEqual({ requests: 5, windowSeconds: 10 });
    expect(parseReportsLimit('off')).toBe(false);
    expect(() => parseReportsLimit('5')).toThrow(/N\/S/);
  });
});
