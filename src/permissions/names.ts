/**
 * Names that come from the directory (apps, publishers, users, groups) as the console shows them — one
 * rule for every screen, picker, sentence and dialog. Anyone can name an app: a name may carry invisible
 * characters (a zero-width space inside "Microsoft Graph"), letters of another script that look like
 * Latin ones (Cyrillic "М", "і", "с"), or direction controls that reverse the text after it.
 */

/** What is wrong with how a name looks: each makes two different names look alike. */
export type NameWarning = 'invisible' | 'lookalike';

export const NAME_WARNING_LABEL: Readonly<Record<NameWarning, { label: string; explanation: string }>> = {
  invisible: {
    label: 'Hidden characters',
    explanation: 'The name holds characters that do not show (zero-width, direction controls or unusual spaces): it may imitate another name.',
  },
  lookalike: {
    label: 'Lookalike letters',
    explanation: 'The name mixes letters of other scripts or styled forms that look like Latin ones: it may imitate another name.',
  },
};

/** Format and control characters, fillers that render as nothing, and spaces other than U+0020. */
const INVISIBLE = /[\p{Cf}\p{Cc}\u115F\u1160\u180E\u2800\u3164\uFFA0\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/u;
/** Combining characters that draw nothing (grapheme joiner, variation selectors), tested on their own. */
const INVISIBLE_MARK = (c: string) => {
  const code = c.codePointAt(0) ?? 0;
  return code === 0x034f || code === 0x17b4 || code === 0x17b5 || (code >= 0x180b && code <= 0x180f) || (code >= 0xfe00 && code <= 0xfe0f);
};
const EMOJI_BEFORE_JOINER = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]/u;
const TAG = /[\u{E0020}-\u{E007F}]/u;

/** A character that is part of an emoji sequence (ZWJ between pictographs, a variation selector, a flag's tags), not hidden text. */
function partOfEmoji(chars: readonly string[], i: number): boolean {
  const c = chars[i] ?? '';
  const before = chars[i - 1] ?? '';
  const after = chars[i + 1] ?? '';
  if (c === '\u200D') return EMOJI_BEFORE_JOINER.test(before) && /\p{Extended_Pictographic}/u.test(after);
  if (c === '\uFE0F' || c === '\uFE0E') return /\p{Emoji}/u.test(before);
  if (TAG.test(c)) return before === '\u{1F3F4}' || TAG.test(before);
  return false;
}

const isInvisibleAt = (chars: readonly string[], i: number) =>
  (INVISIBLE.test(chars[i] ?? '') || INVISIBLE_MARK(chars[i] ?? '')) && chars[i] !== '\t' && !partOfEmoji(chars, i);

/** Scripts with letters drawn like Latin ones. */
const LATIN_LIKE_SCRIPTS = ['Cyrillic', 'Greek', 'Armenian', 'Cherokee', 'Coptic', 'Lisu'] as const;
const SCRIPT_TESTS = LATIN_LIKE_SCRIPTS.map((script) => new RegExp(`\\p{Script=${script}}`, 'u'));

/**
 * Letters of those scripts that look like a Latin letter (a subset of Unicode's confusables): a word made
 * only of these reads as a Latin word ("Місrosoft" with Cyrillic М, і, с; "Ρау" in Greek and Cyrillic).
 */
const CONFUSABLE: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  һ: 'h',
  і: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  ү: 'y',
  ɡ: 'g',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  Ѕ: 'S',
  І: 'I',
  Ј: 'J',
  Ԛ: 'Q',
  Ԝ: 'W',
  Ү: 'Y',
  // Greek
  α: 'a',
  ο: 'o',
  ρ: 'p',
  ν: 'v',
  ι: 'i',
  κ: 'k',
  τ: 't',
  υ: 'u',
  χ: 'x',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  // Armenian
  օ: 'o',
  ս: 'u',
  ո: 'n',
  հ: 'h',
  զ: 'q',
  ց: 'g',
};

/** Whether a word (letters only) would be read as a Latin word: it mixes Latin with a Latin-like script, or is made only of confusables. */
function looksLatin(word: readonly string[]): boolean {
  const latin = word.some((c) => /\p{Script=Latin}/u.test(c));
  const foreign = word.filter((c) => SCRIPT_TESTS.some((test) => test.test(c)));
  if (foreign.length === 0) return false;
  if (latin) return true;
  return foreign.every((c) => CONFUSABLE[c] !== undefined) && word.every((c) => CONFUSABLE[c] !== undefined || !/\p{L}/u.test(c));
}

/** A letter or digit in a compatibility form (fullwidth "Ｍ", mathematical bold "𝐌", ligatures): drawn like another. */
const styledForm = (c: string) => /[\p{L}\p{N}]/u.test(c) && c.normalize('NFKC') !== c;

/** What makes this name look like another one: hidden characters, lookalike letters (none for an honest name in any script). */
export function nameWarnings(name: string): NameWarning[] {
  const chars = Array.from(name);
  const warnings: NameWarning[] = [];
  if (chars.some((_, i) => isInvisibleAt(chars, i))) warnings.push('invisible');
  const words = name.split(/[^\p{L}\p{M}]+/u).filter(Boolean);
  if (chars.some(styledForm) || words.some((w) => looksLatin(Array.from(w)))) warnings.push('lookalike');
  return warnings;
}

/** The name with each hidden character spelled out (`Microsoft⟨U+200B⟩ Graph`), to show what it really holds. */
export function revealHidden(name: string): string {
  const chars = Array.from(name);
  return chars.map((c, i) => (isInvisibleAt(chars, i) ? `⟨U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩` : c)).join('');
}

/** Characters that can change the direction of text: right-to-left letters and the explicit direction controls. */
const DIRECTIONAL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}\p{Bidi_Control}]/u;
const ISOLATE_OPENERS = new Set(['\u2066', '\u2067', '\u2068']);
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * A name ready to go into a sentence (a plain string: a description, a title, an aria-label): whatever it
 * holds, the text after it keeps its direction. A name that could change direction (right-to-left letters,
 * direction controls) goes between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, with its own
 * isolates balanced first (a stray PDI would end the isolate early, an unclosed one would never end
 * it); embeddings and overrides it leaves open end at the closing PDI. Any other name is returned as it
 * is: it cannot reverse anything, and texts stay searchable. In JSX use `<bdi>` (ui/app-name.tsx).
 */
export function isolate(name: string): string {
  if (!DIRECTIONAL.test(name)) return name;
  let open = 0;
  let inner = '';
  for (const c of name) {
    if (ISOLATE_OPENERS.has(c)) open++;
    else if (c === PDI) {
      if (open === 0) continue;
      open--;
    }
    inner += c;
  }
  return `${FSI}${inner}${PDI.repeat(open)}${PDI}`;
}

/**
 * The name as it reads, for searching and comparing: compatibility forms folded (NFKC), lookalike letters
 * as the Latin ones they imitate, hidden characters dropped, lower case. A search for "microsoft graph"
 * finds every app that looks like it.
 */
export function nameSkeleton(name: string): string {
  const chars = Array.from(name.normalize('NFKC'));
  return chars
    .filter((_, i) => !isInvisibleAt(chars, i))
    .map((c) => CONFUSABLE[c] ?? c)
    .join('')
    .toLowerCase();
}
