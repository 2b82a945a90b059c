import { describe, expect, it } from 'vitest';
import { checkAdminConsentState, randomState, REQUEST_LIFETIME_MS, saveAdminConsentRequest } from './admin-consent-request';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    size: () => map.size,
  };
}

const ask = { appId: '0e7f1d00-0004-4b6c-8d7e-9f0a1b2c3d04', appName: 'Northwind HR Portal', scope: 'https://graph.microsoft.com/.default' };

describe('admin consent state', () => {
  it('makes long, URL-safe, different states', () => {
    const a = randomState();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomState()).not.toBe(a);
  });

  it('accepts the state it saved, repeatedly (the result page may come back after a Grant access redirect)', () => {
    const storage = memoryStorage();
    const saved = saveAdminConsentRequest(ask, { storage, now: 1000 });
    expect(checkAdminConsentState(saved.state, { storage, now: 2000 })).toEqual({ ok: true, request: { ...ask, state: saved.state, startedAt: 1000 } });
    expect(checkAdminConsentState(saved.state, { storage, now: 3000 }).ok).toBe(true);
  });

  it('refuses a tampered state and forgets the request', () => {
    const storage = memoryStorage();
    const saved = saveAdminConsentRequest(ask, { storage });
    const tampered = `${saved.state.slice(0, -1)}${saved.state.endsWith('A') ? 'B' : 'A'}`;
    expect(checkAdminConsentState(tampered, { storage })).toEqual({ ok: false, reason: 'mismatch' });
    expect(checkAdminConsentState(saved.state, { storage })).toEqual({ ok: false, reason: 'no-request' });
  });

  it('gives the same verdict when the same refused answer is checked again (a remount or reload of the result page)', () => {
    const storage = memoryStorage();
    const saved = saveAdminConsentRequest(ask, { storage, now: 0 });
    const tampered = `${saved.state.slice(0, -1)}${saved.state.endsWith('A') ? 'B' : 'A'}`;
    expect(checkAdminConsentState(tampered, { storage })).toEqual({ ok: false, reason: 'mismatch' });
    expect(checkAdminConsentState(tampered, { storage })).toEqual({ ok: false, reason: 'mismatch' });
    expect(checkAdminConsentState(saved.state, { storage })).toEqual({ ok: false, reason: 'no-request' });

    const again = saveAdminConsentRequest(ask, { storage, now: 0 });
    expect(checkAdminConsentState(again.state, { storage, now: REQUEST_LIFETIME_MS + 1 })).toEqual({ ok: false, reason: 'expired' });
    expect(checkAdminConsentState(again.state, { storage, now: REQUEST_LIFETIME_MS + 2 })).toEqual({ ok: false, reason: 'expired' });
    // A new request starts clean: the old verdict says nothing about it.
    const fresh = saveAdminConsentRequest(ask, { storage, now: 0 });
    expect(checkAdminConsentState(fresh.state, { storage, now: 1 }).ok).toBe(true);
  });

  it('refuses a missing state, a response nobody asked for, and an expired request', () => {
    const storage = memoryStorage();
    expect(checkAdminConsentState(null, { storage })).toEqual({ ok: false, reason: 'missing-state' });
    expect(checkAdminConsentState('', { storage })).toEqual({ ok: false, reason: 'missing-state' });
    expect(checkAdminConsentState('abc', { storage })).toEqual({ ok: false, reason: 'no-request' });
    const saved = saveAdminConsentRequest(ask, { storage, now: 0 });
    expect(checkAdminConsentState(saved.state, { storage, now: REQUEST_LIFETIME_MS + 1 })).toEqual({ ok: false, reason: 'expired' });
    expect(checkAdminConsentState(saved.state, { storage, now: REQUEST_LIFETIME_MS + 1 })).toEqual({ ok: false, reason: 'expired' });
  });

  it('ignores a corrupt stored record', () => {
    const storage = memoryStorage();
    storage.setItem('consent-console.admin-consent-request', '{"state":1}');
    expect(checkAdminConsentState('x', { storage })).toEqual({ ok: false, reason: 'no-request' });
  });
});

describe('admin consent request: the snapshot and the recorded mark', () => {
  const snapshotOf = { servicePrincipalId: 'sp', grants: [], assignments: [] };

  it('keeps the tenant-wide snapshot taken before the redirect, and marks the answer recorded once', async () => {
    const { markAdminConsentRecorded } = await import('./admin-consent-request');
    const storage = memoryStorage();
    const saved = saveAdminConsentRequest({ ...ask, before: snapshotOf }, { storage, now: 1000 });
    const first = checkAdminConsentState(saved.state, { storage, now: 2000 });
    expect(first).toMatchObject({ ok: true, request: { before: snapshotOf } });
    expect(first.ok && first.request.recordedAt).toBeFalsy();
    markAdminConsentRecorded('another-state', { storage, now: 2500 });
    markAdminConsentRecorded(saved.state, { storage, now: 3000 });
    expect(checkAdminConsentState(saved.state, { storage, now: 4000 })).toMatchObject({ ok: true, request: { recordedAt: 3000 } });
  });

  it('treats a record with a corrupt snapshot as no request', () => {
    const storage = memoryStorage();
    const saved = saveAdminConsentRequest(ask, { storage, now: 1000 });
    const key = 'consent-console.admin-consent-request';
    storage.setItem(key, JSON.stringify({ ...JSON.parse(storage.getItem(key)!), before: { grants: 'x' } }));
    expect(checkAdminConsentState(saved.state, { storage, now: 2000 })).toEqual({ ok: false, reason: 'no-request' });
  });
});
