/**
 * The layout check: run in the page, it looks at what a person can see on the topmost layer (the open
 * dialog's surface when there is one, else the page) and reports text that cannot be read as laid out:
 * - overlap: the text boxes of two elements (neither inside the other) cover each other;
 * - clipped: an element with overflow hidden/clip cuts its text off, and the full text is not available
 *   (no title, aria-label, aria-description or tooltip naming it);
 * - off-screen: text runs past the viewport's right edge, or the page scrolls horizontally (WCAG 1.4.10);
 * - dialog-actions: a dialog's action buttons are outside the viewport and nothing in the dialog scrolls
 *   to them.
 * Each finding names the element by a readable selector and quotes the texts, so a failure says what to fix.
 */
import { expect, type Page, type TestInfo } from '@playwright/test';

export type LayoutFindingKind = 'overlap' | 'clipped' | 'off-screen' | 'dialog-actions';

export interface LayoutFinding {
  kind: LayoutFindingKind;
  /** A readable path to the element: landmarks, named regions and roles first, e.g. `main › section "Grant access" › strong`. */
  selector: string;
  text: string;
  /** For an overlap, the other element and its text. */
  other?: { selector: string; text: string };
  detail: string;
}

/** Runs the check on the page as it is now. */
export function checkLayout(page: Page): Promise<LayoutFinding[]> {
  return page.evaluate(inspectLayout);
}

/** Fails with every finding, one line each, and attaches a screenshot of what was checked. */
export async function expectReadableLayout(page: Page, where: string, testInfo?: TestInfo): Promise<void> {
  const findings = await checkLayout(page);
  if (findings.length > 0 && testInfo) {
    await testInfo.attach(`layout ${where}`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  }
  expect(findings.map((f) => `${where} — ${formatFinding(f)}`)).toEqual([]);
}

export function formatFinding(f: LayoutFinding): string {
  const other = f.other ? ` and ${f.other.selector} "${f.other.text}"` : '';
  return `${f.kind}: ${f.selector} "${f.text}"${other} (${f.detail})`;
}

/**
 * The in-page part (serialised by page.evaluate: everything it uses is defined inside it). Tolerances:
 * boxes overlap when they share more than 2 px each way and 12 px² (glyph boxes of adjacent lines may
 * touch); an element clips when its text reaches more than 1 px past its padding box.
 */
function inspectLayout(): LayoutFinding[] {
  const findings: LayoutFinding[] = [];
  const viewWidth = document.documentElement.clientWidth;
  const viewHeight = window.innerHeight;

  interface Box {
    left: number;
    top: number;
    right: number;
    bottom: number;
  }
  const intersect = (a: Box, b: Box): Box => ({
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  });
  const width = (b: Box) => Math.max(0, b.right - b.left);
  const height = (b: Box) => Math.max(0, b.bottom - b.top);
  const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const quote = (text: string) => {
    const t = squash(text);
    return t.length > 80 ? `${t.slice(0, 77)}…` : t;
  };

  // The topmost layer: the last open modal dialog, else the whole page.
  const modals = [...document.querySelectorAll<HTMLElement>('[aria-modal="true"], [role="dialog"], [role="alertdialog"]')].filter((el) => el.checkVisibility());
  const dialog = modals.at(-1) ?? null;
  const layer: HTMLElement = dialog ?? document.body;

  const visuallyHidden = (el: Element) => {
    const style = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return (r.width <= 1 && r.height <= 1) || style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)';
  };
  const clips = (style: CSSStyleDeclaration) => /hidden|clip|auto|scroll/.test(style.overflowX + style.overflowY);
  const scrolls = (el: Element) => {
    const style = getComputedStyle(el);
    const y = /auto|scroll/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
    const x = /auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
    return x || y;
  };

  /** The part of a box that is not cut away by an ancestor that clips or scrolls (below the layer). */
  const visiblePart = (el: Element, box: Box): Box => {
    let part = box;
    for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
      if (clips(getComputedStyle(a))) {
        const r = a.getBoundingClientRect();
        part = intersect(part, {
          left: r.left + a.clientLeft,
          top: r.top + a.clientTop,
          right: r.left + a.clientLeft + a.clientWidth,
          bottom: r.top + a.clientTop + a.clientHeight,
        });
      }
      if (a === layer) break;
    }
    return part;
  };

  /** Readable selector: up to four meaningful steps from the layer down to the element. */
  const describe = (el: Element): string => {
    const step = (e: Element) => {
      const tag = e.tagName.toLowerCase();
      const role = e.getAttribute('role');
      const label =
        e.getAttribute('aria-label') ??
        (e.getAttribute('aria-labelledby') ? squash(document.getElementById(e.getAttribute('aria-labelledby')!.split(' ')[0]!)?.textContent) : '');
      const fui = [...e.classList].find((c) => c.startsWith('fui-'));
      return `${tag}${role ? `[role=${role}]` : ''}${fui ? `.${fui}` : ''}${label ? ` "${quote(label)}"` : ''}`;
    };
    const meaningful = (e: Element) =>
      e.hasAttribute('role') ||
      e.hasAttribute('aria-label') ||
      e.hasAttribute('aria-labelledby') ||
      /^(MAIN|NAV|HEADER|SECTION|TABLE|TR|TD|TH|LI|UL|OL|DL|FORM|H[1-6])$/.test(e.tagName) ||
      [...e.classList].some((c) => c.startsWith('fui-'));
    const steps = [step(el)];
    for (let a = el.parentElement; a && steps.length < 5; a = a.parentElement) {
      if (meaningful(a)) steps.unshift(step(a));
      if (a === layer) break;
    }
    return steps.join(' › ');
  };

  // Text boxes of visible text nodes on the layer: one per line box, cut to what clipping ancestors show.
  interface TextBox extends Box {
    el: Element;
  }
  const boxes: TextBox[] = [];
  const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const hiddenCache = new Map<Element, boolean>();
  const hidden = (el: Element): boolean => {
    const known = hiddenCache.get(el);
    if (known !== undefined) return known;
    const result =
      !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || visuallyHidden(el) || (el.parentElement ? hidden(el.parentElement) : false);
    hiddenCache.set(el, result);
    return result;
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || !squash(node.textContent) || hidden(el) || el.closest('script, style, noscript, template')) continue;
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width < 1 || rect.height < 1) continue;
      const part = visiblePart(el, { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
      if (width(part) >= 1 && height(part) >= 1) boxes.push({ ...part, el });
      // (b) text past the viewport's right edge that no scrolling container holds
      if (part.right > viewWidth + 1 && width(part) >= 1) {
        findings.push({
          kind: 'off-screen',
          selector: describe(el),
          text: quote(node.textContent ?? ''),
          detail: `ends at x=${Math.round(part.right)}, the viewport is ${viewWidth} px wide`,
        });
      }
    }
  }

  // (a) overlaps between text boxes of different elements, neither containing the other
  boxes.sort((a, b) => a.top - b.top);
  const reported = new Set<string>();
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length && boxes[j]!.top < a.bottom; j++) {
      const b = boxes[j]!;
      if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const common = intersect(a, b);
      if (width(common) <= 2 || height(common) <= 2 || width(common) * height(common) <= 12) continue;
      const key = `${describe(a.el)}|${describe(b.el)}`;
      if (reported.has(key)) continue;
      reported.add(key);
      findings.push({
        kind: 'overlap',
        selector: describe(a.el),
        text: quote(a.el.textContent ?? ''),
        other: { selector: describe(b.el), text: quote(b.el.textContent ?? '') },
        detail: `${Math.round(width(common))}×${Math.round(height(common))} px in common`,
      });
    }
  }

  // (b) text clipped by overflow hidden/clip without its full text available
  const fullTextAvailable = (el: Element, text: string) => {
    for (let a: Element | null = el; a; a = a.parentElement) {
      const named = [a.getAttribute('title'), a.getAttribute('aria-label'), a.getAttribute('aria-description')];
      for (const attr of ['aria-labelledby', 'aria-describedby']) {
        for (const id of (a.getAttribute(attr) ?? '').split(' ').filter(Boolean)) named.push(document.getElementById(id)?.textContent ?? null);
      }
      if (named.some((n) => n && squash(n).includes(text))) return true;
      if (a === layer) break;
    }
    return false;
  };
  const clipping = new Set<Element>();
  for (const box of boxes) {
    for (let a = box.el as Element | null; a && a !== document.documentElement; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (/hidden|clip/.test(style.overflowX + style.overflowY) && !/auto|scroll/.test(style.overflowX + style.overflowY)) clipping.add(a);
      if (a === layer) break;
    }
  }
  for (const el of clipping) {
    if (hidden(el)) continue;
    const r = el.getBoundingClientRect();
    const inner = {
      left: r.left + el.clientLeft,
      top: r.top + el.clientTop,
      right: r.left + el.clientLeft + el.clientWidth,
      bottom: r.top + el.clientTop + el.clientHeight,
    };
    const style = getComputedStyle(el);
    const cutX = /hidden|clip/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
    const cutY = /hidden|clip/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
    if (!cutX && !cutY) continue;
    // Only text that really reaches past the box counts (not a focus ring or an icon's padding).
    const walkText = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let cut = false;
    for (let node = walkText.nextNode(); node && !cut; node = walkText.nextNode()) {
      if (!squash(node.textContent) || !node.parentElement || hidden(node.parentElement)) continue;
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width < 1) continue;
        if ((cutX && (rect.right > inner.right + 1 || rect.left < inner.left - 1)) || (cutY && (rect.bottom > inner.bottom + 1 || rect.top < inner.top - 1)))
          cut = true;
      }
    }
    const text = squash(el.textContent);
    if (!cut || fullTextAvailable(el, text)) continue;
    const how = style.textOverflow === 'ellipsis' ? 'cut with an ellipsis' : 'cut off';
    findings.push({
      kind: 'clipped',
      selector: describe(el),
      text: quote(text),
      detail: `${how}, ${el.scrollWidth}×${el.scrollHeight} px of text in a ${el.clientWidth}×${el.clientHeight} px box, no title or accessible full text`,
    });
  }

  // (b) the page itself must not scroll horizontally (only checked without a dialog: a dialog locks the page)
  if (!dialog && document.documentElement.scrollWidth > viewWidth + 1) {
    findings.push({
      kind: 'off-screen',
      selector: 'html',
      text: '',
      detail: `the page is ${document.documentElement.scrollWidth} px wide in a ${viewWidth} px viewport: it scrolls horizontally`,
    });
  }

  // (c) a dialog's actions are on screen, or the dialog scrolls to them
  if (dialog) {
    const actions = [...dialog.querySelectorAll<HTMLElement>('.fui-DialogActions button, [data-dialog-actions] button')].filter((b) => b.checkVisibility());
    for (const button of actions) {
      const r = button.getBoundingClientRect();
      const onScreen = r.top >= 0 && r.left >= 0 && r.bottom <= viewHeight + 1 && r.right <= viewWidth + 1;
      if (onScreen) continue;
      let reachable = false;
      for (let a = button.parentElement; a && !reachable; a = a.parentElement) {
        reachable = scrolls(a);
        if (a === dialog) break;
      }
      if (!reachable) {
        findings.push({
          kind: 'dialog-actions',
          selector: describe(button),
          text: quote(button.textContent ?? ''),
          detail: `the button is at y=${Math.round(r.top)}–${Math.round(r.bottom)} in a ${viewHeight} px viewport and the dialog does not scroll`,
        });
      }
    }
  }
  // One finding per element and kind (a long text past the edge has a box per line).
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.kind}|${f.selector}|${f.text}|${f.other?.selector ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
