import { describe, expect, it } from 'vitest';
import type { Provenance, ProvenanceStep } from '../permissions/provenance';
import { latestStep, lineText, provenanceLine, type ProvenanceContext } from './provenance-text';

const P1: ProvenanceContext = { retention: { days: 30, edition: 'Entra ID P1/P2' }, truncated: false, maxEvents: 9990 };
const MEGAN = { kind: 'user', id: 'u1', displayName: 'Megan Bowen', userPrincipalName: 'megan@contoso.example' } as const;
const ADELE = { kind: 'user', id: 'u2', displayName: 'Adele Vance', userPrincipalName: 'admin@contoso.example' } as const;

const step = (overrides: Partial<ProvenanceStep> = {}): ProvenanceStep => ({
  at: '2026-12-01T10:00:00Z',
  actor: MEGAN,
  event: { id: 'Directory_1', activity: 'Consent to application', at: '2026-12-01T10:00:00Z' },
  related: [],
  added: ['User.Read'],
  removed: [],
  ...overrides,
});
const grant = { forOrganization: false, noun: 'the grant' };
const text = (p: Provenance | undefined, context = P1, subject = grant) => provenanceLine(p, context, subject).map(lineText);

describe('provenanceLine', () => {
  it('a user consent: the user, the time apart, the event', () => {
    const [line] = provenanceLine({ origin: step(), changes: [] }, P1, grant);
    expect(line).toEqual({ lead: 'Granted by Megan Bowen (megan@contoso.example) on ', at: '2026-12-01T10:00:00Z', tail: ' (audit event Directory_1)' });
  });

  it('an admin consent for the organization (OnBehalfOfAll, or an AllPrincipals grant written through Graph) names the admin', () => {
    const consent = { origin: step({ actor: ADELE, consent: { onBehalfOfAll: true } }), changes: [] };
    expect(text(consent)[0]).toMatch(
      /^Granted by an administrator, for the organization: Adele Vance \(admin@contoso\.example\), on .* \(audit event Directory_1\)$/,
    );
    const write = { origin: step({ actor: ADELE }), changes: [] };
    expect(text(write, P1, { forOrganization: true, noun: 'the grant' })[0]).toMatch(/^Granted by an administrator, for the organization: Adele Vance/);
    expect(text(write)[0]).toMatch(/^Granted by Adele Vance/);
  });

  it('beyond the log: its retention when the licence is known, "unknown (7 or 30 days)" when not, the read’s cap when truncated', () => {
    expect(text({ changes: [] })).toEqual(["Granted before the audit log's 30 days (this tenant's licence keeps 30 days)"]);
    expect(text(undefined, { ...P1, retention: { days: 7, edition: 'Entra ID Free' } })).toEqual([
      "Granted before the audit log's 7 days (this tenant's licence keeps 7 days)",
    ]);
    expect(text(undefined, { ...P1, retention: undefined })[0]).toMatch(/how far it reaches is unknown \(7 or 30 days, by licence\)/);
    expect(text(undefined, { ...P1, truncated: true })[0]).toMatch(/^Not found in the newest 9,990 audit events read/);
  });

  it('a later change is said after the origin, with what it added; a change without its origin still says the log does not reach the origin', () => {
    const widened = { origin: step(), changes: [step({ actor: ADELE, added: ['Mail.Read'], event: { id: 'Directory_2', activity: 'x', at: '' } })] };
    expect(text(widened)[1]).toMatch(/^Last changed by Adele Vance \(admin@contoso\.example\) on .* \(audit event Directory_2\): added Mail\.Read$/);
    expect(latestStep(widened)?.event.id).toBe('Directory_2');
    expect(text({ changes: widened.changes })[0]).toMatch(/^Granted before the audit log's 30 days/);
  });

  it('the log last shows it removed: says so, with who removed it', () => {
    expect(text({ changes: [], removal: step({ actor: ADELE }) })[0]).toMatch(
      /^The audit log last records its removal by Adele Vance .* granting it again is not in the log yet$/,
    );
  });

  it('isolates hostile names; an app or an unnamed actor reads as such', () => {
    const hostile = { origin: step({ actor: { kind: 'user', id: 'u3', displayName: 'Eve\u202E', userPrincipalName: 'eve@x' } }), changes: [] };
    expect(text(hostile)[0]).toContain('\u2068Eve\u202E (eve@x)\u2069');
    expect(text({ origin: step({ actor: { kind: 'app', appId: 'a1', displayName: 'Sync' } }), changes: [] })[0]).toMatch(/^Granted by the app Sync on/);
    expect(text({ origin: step({ actor: { kind: 'unknown' } }), changes: [] })[0]).toMatch(/^Granted by an account the log does not name on/);
  });
});
