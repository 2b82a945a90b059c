import { describe, expect, it } from 'vitest';
import { explainAadsts, explainAdminApprovalReturn, explainAuthError, knownAadstsCodes, parseAadstsCode } from './aadsts';

const REQUIRED = [65001, 65004, 65006, 90093, 90094, 90002, 900023, 900144, 50011, 700016, 70011, 500011, 28000, 50173, 50076, 50079, 53003, 50105, 90008];

describe('AADSTS catalogue', () => {
  it('covers every code the console promises to explain', () => {
    for (const code of REQUIRED) expect(knownAadstsCodes()).toContain(code);
  });

  it('parses the first code out of an error_description', () => {
    const description = 'AADSTS65004: User declined to consent to access the app.\r\nTrace ID: 1\r\nCorrelation ID: 2\r\nTimestamp: 2024-01-01';
    expect(parseAadstsCode(description)).toBe(65004);
    expect(parseAadstsCode('no code here')).toBeUndefined();
    expect(parseAadstsCode(undefined)).toBeUndefined();
  });

  it('explains known codes in plain words and falls back for unknown ones', () => {
    expect(explainAadsts(90094)).toMatchObject({ code: 'AADSTS90094', title: 'Needs admin approval', owner: 'admin' });
    const unknown = explainAadsts(1234567);
    expect(unknown.code).toBe('AADSTS1234567');
    expect(unknown.title).toBe('Sign-in problem');
  });

  it('prefers the AADSTS number over the OAuth error code', () => {
    const explained = explainAuthError({
      errorCode: 'access_denied',
      errorMessage: 'AADSTS65004: User declined to consent to access the app.',
    });
    expect(explained.code).toBe('AADSTS65004');
    expect(explained.title).toBe('Consent declined');
  });

  it('uses the sub-error, then the MSAL error code', () => {
    expect(explainAuthError({ errorCode: 'invalid_grant', subError: 'consent_required' }).title).toBe('Consent needed');
    expect(explainAuthError({ errorCode: 'user_cancelled' }).code).toBe('user_cancelled');
    expect(explainAuthError({ errorCode: 'weird' })).toMatchObject({ code: 'weird', title: 'Sign-in problem' });
  });
});

describe('admin consent errors', () => {
  it('explains the not-an-admin answer of the admin consent endpoint', () => {
    const explained = explainAuthError({
      errorCode: 'consent_required',
      errorMessage: 'AADSTS90093: Calling principal cannot consent due to lack of permissions.',
    });
    expect(explained).toMatchObject({ code: 'AADSTS90093', title: 'Not allowed to consent for the organization', owner: 'admin' });
  });
});

describe('AADSTS from MSAL errorNo', () => {
  it('uses errorNo when the message has no code', () => {
    expect(explainAuthError({ errorCode: 'invalid_grant', errorMessage: 'x', errorNo: '50173' }).code).toBe('AADSTS50173');
  });
});

describe('AADSTS meanings (identity-platform/reference-error-codes.md)', () => {
  it('16000 is InteractionRequired: the account does not exist in this tenant, not "choose an account"', () => {
    const explained = explainAuthError({
      errorCode: 'interaction_required',
      errorMessage:
        "AADSTS16000: User account 'megan@fabrikam.example' from identity provider 'live.com' does not exist in tenant 'Contoso' and cannot access the application.",
    });
    expect(explained).toMatchObject({ code: 'AADSTS16000', title: 'Account not in this tenant' });
    expect(explained.meaning).toMatch(/does not exist in this tenant/);
  });

  it('90023 is InvalidRequest (e.g. an unsupported prompt), 70008 an expired or revoked grant', () => {
    expect(explainAuthError({ errorMessage: "AADSTS90023: Unsupported 'prompt' value 'bogus'." })).toMatchObject({
      title: 'Sign-in request not valid',
      owner: 'developer',
    });
    expect(explainAadsts(90023).meaning).toMatch(/not valid/);
    expect(explainAadsts(70008).meaning).toMatch(/expired after a period of inactivity, or was revoked/);
    expect(explainAadsts(70008).title).not.toMatch(/code/i);
  });

  it('knows the codes the emulator emits: 501481 (PKCE), 54005 (code reused), 900971 (no reply address)', () => {
    expect(
      explainAuthError({ errorMessage: 'AADSTS501481: The Code_Verifier does not match the code_challenge supplied in the authorization request.' }).title,
    ).toBe('PKCE check failed');
    expect(explainAadsts(54005).meaning).toMatch(/already redeemed/);
    expect(explainAadsts(900971).title).toBe('No reply address');
  });

  it('has a plain-words entry for every code it lists', () => {
    for (const code of knownAadstsCodes()) {
      const entry = explainAadsts(code);
      expect(entry.title).not.toBe('Sign-in problem');
      expect(entry.meaning.length).toBeGreaterThan(20);
      expect(entry.nextStep.length).toBeGreaterThan(5);
    }
  });
});

describe('returning from "Need admin approval" (AADSTS90094)', () => {
  it('explains the page the person saw, who can fix it and the admin consent workflow, never a Cancel', () => {
    const explained = explainAdminApprovalReturn();
    expect(explained).toMatchObject({ code: 'AADSTS90094', title: 'Needs admin approval', owner: 'admin' });
    expect(explained.meaning).toMatch(/only be granted by an administrator/);
    expect(explained.meaning).toMatch(/AADSTS65004/);
    expect(explained.nextStep).toMatch(/Cloud Application, Application, Privileged Role or Global Administrator/);
    expect(explained.nextStep).toMatch(/admin consent workflow/);
    expect(explained.nextStep).toMatch(/Request approval/);
    for (const text of [explained.title, explained.meaning, explained.nextStep]) expect(text).not.toMatch(/chose Cancel|choose Accept/);
  });

  it('a 90094 or 90095 the identity platform names itself is explained the same way', () => {
    expect(explainAuthError({ errorCode: 'access_denied', errorMessage: 'AADSTS90094: The grant requires admin permission.' })).toMatchObject({
      code: 'AADSTS90094',
      owner: 'admin',
    });
    expect(explainAadsts(90095).meaning).toMatch(/admin consent workflow/);
  });
});
