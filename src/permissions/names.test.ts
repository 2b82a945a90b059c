import { describe, expect, it } from 'vitest';
import { isolate, nameSkeleton, nameWarnings, revealHidden } from './names';

const FSI = '\u2068';
const PDI = '\u2069';

/** Explicit direction state after a text (UAX #9 rules X1–X8, simplified): the open isolates and embeddings/overrides. */
function openDirectionality(text: string): number {
  const stack: ('isolate' | 'embedding')[] = [];
  for (const c of text) {
    if ('\u2066\u2067\u2068'.includes(c)) stack.push('isolate');
    else if ('\u202A\u202B\u202D\u202E'.includes(c)) stack.push('embedding');
    else if (c === '\u202C' && stack.at(-1) === 'embedding') stack.pop();
    else if (c === PDI && stack.includes('isolate')) while (stack.pop() !== 'isolate');
  }
  return stack.length;
}

describe('isolate', () => {
  it('a name ending in an unclosed right-to-left override leaves the sentence after it as it was', () => {
    const name = 'Mail Helper Pro\u202E';
    expect(openDirectionality(`Revoke ${name}'s delegated permissions`)).toBe(1);
    expect(openDirectionality(`Revoke ${isolate(name)}'s delegated permissions`)).toBe(0);
    expect(isolate(name)).toBe(`${FSI}${name}${PDI}`);
  });

  it('balances the isolates a name holds: a stray PDI cannot end the isolate early, an unclosed one cannot outlive it', () => {
    for (const name of ['Evil\u2069\u202Ekcatta', 'Evil\u2067', 'a\u2066b\u2069\u2069\u2069\u202B', 'שלום\u202D']) {
      expect(openDirectionality(`Grant ${isolate(name)} on Microsoft Graph`), JSON.stringify(name)).toBe(0);
    }
    expect(isolate('Evil\u2067')).toBe(`${FSI}Evil\u2067${PDI}${PDI}`);
  });

  it('isolates right-to-left names and leaves every other name as it is (texts stay searchable)', () => {
    expect(isolate('תיבת דואר')).toBe(`${FSI}תיבת דואר${PDI}`);
    expect(isolate('Mail Helper Pro')).toBe('Mail Helper Pro');
    expect(isolate('📎 Attachments 🚀 Pro 👩🏽‍💻')).toBe('📎 Attachments 🚀 Pro 👩🏽‍💻');
  });
});

describe('nameWarnings', () => {
  it('flags every lookalike of "Microsoft Graph" and not the real one', () => {
    expect(nameWarnings('Microsoft Graph')).toEqual([]);
    expect(nameWarnings('\u041C\u0456\u0441rosoft Graph')).toEqual(['lookalike']); // Cyrillic М, і, с
    expect(nameWarnings('Micr\u03BFsoft Graph')).toEqual(['lookalike']); // Greek omicron
    expect(nameWarnings('\u0421\u043E\u0440\u0435')).toEqual(['lookalike']); // Cyrillic only, reads "Cope"
    expect(nameWarnings('Ｍicrosoft Graph')).toEqual(['lookalike']); // fullwidth M
    expect(nameWarnings('Microsoft\u200B Graph')).toEqual(['invisible']);
    expect(nameWarnings('Microsoft\u00A0Graph')).toEqual(['invisible']);
    expect(nameWarnings('Payroll \u202Efdp.exe\u202C Export')).toEqual(['invisible']);
  });

  it('leaves honest names alone: other scripts, accents, emoji sequences', () => {
    expect(nameWarnings('Служба поддержки')).toEqual([]);
    expect(nameWarnings('Ελληνικά Δεδομένα')).toEqual([]);
    expect(nameWarnings('תיבת דואר')).toEqual([]);
    expect(nameWarnings('Café Zürich')).toEqual([]);
    expect(nameWarnings('📎 Attachments 🚀 Pro 👩🏽‍💻')).toEqual([]);
    expect(nameWarnings('❤️ Love 🏴󠁧󠁢󠁳󠁣󠁴󠁿')).toEqual([]);
  });

  it('spells out what is hidden', () => {
    expect(revealHidden('Microsoft\u200B Graph')).toBe('Microsoft⟨U+200B⟩ Graph');
    expect(revealHidden('Microsoft Graph')).toBe('Microsoft Graph');
  });
});

describe('nameSkeleton', () => {
  it('reads every lookalike as the name it imitates', () => {
    for (const name of ['\u041C\u0456\u0441rosoft Graph', 'Microsoft\u200B Graph', 'Ｍicrosoft Graph', 'Micr\u03BFsoft Graph']) {
      expect(nameSkeleton(name), JSON.stringify(name)).toBe('microsoft graph');
    }
  });
});
