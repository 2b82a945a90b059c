/**
 * What the bench runs inside the console's page, as strings so the bundler's helpers never reach it.
 * WATCH (before the page's own scripts): when the first application row is on screen, when the list
 * says it holds every application, and how the page kept up meanwhile — the longest task, the longest
 * gap between animation frames, and for each key pressed the time from the key to the frame after it.
 */

export interface PageMarks {
  firstRows: number;
  loaded: number;
  text: string;
  longestTaskMs: number;
  longTasks: number;
  longestFrameGapMs: number;
  /** Key press → the task after the next frame, ms, for keys pressed before the load finished. */
  keyToFrameMs: number[];
}

export const WATCH = `(() => {
  const marks = (window.__bench = { longestTaskMs: 0, longTasks: 0, longestFrameGapMs: 0, keyToFrameMs: [] });
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) {
      if (marks.loaded) return;
      marks.longTasks++;
      marks.longestTaskMs = Math.max(marks.longestTaskMs, task.duration);
    }
  }).observe({ type: 'longtask' });
  let lastFrame = 0;
  const frame = (now) => {
    if (lastFrame) marks.longestFrameGapMs = Math.max(marks.longestFrameGapMs, now - lastFrame);
    lastFrame = now;
    if (!marks.loaded) requestAnimationFrame(frame);
  };
  addEventListener('keydown', (event) => {
    if (marks.loaded) return;
    const pressed = event.timeStamp;
    requestAnimationFrame(() => setTimeout(() => marks.keyToFrameMs.push(performance.now() - pressed), 0));
  }, true);
  const observer = new MutationObserver(() => {
    if (!marks.firstRows && document.querySelector('[role="table"][aria-label="Applications"] [role="row"][aria-rowindex="2"]')) marks.firstRows = performance.now();
    if (marks.firstRows && !marks.loaded) {
      for (const el of document.querySelectorAll('[role="status"]')) {
        if (/^Showing \\d+ of \\d+ applications?$/.test((el.textContent || '').trim())) { marks.loaded = performance.now(); marks.text = el.textContent.trim(); observer.disconnect(); }
      }
    }
  });
  document.addEventListener('DOMContentLoaded', () => {
    requestAnimationFrame(frame);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
})();`;

/** The console's switch between the two ways of paging (read when the inventory loads). */
export const PAGING_KEY = 'consent-console.inventory-paging';

// About a screenful per frame, down and back up: every frame renders new rows.
export const SCROLL = `new Promise((resolve) => {
  const scroller = document.querySelector('[role="table"][aria-label="Applications"]');
  const frames = [];
  let last = 0;
  let step = 0;
  const tick = (now) => {
    if (last) frames.push(now - last);
    last = now;
    scroller.scrollTop += step < 150 ? 640 : -640;
    if (++step < 300) requestAnimationFrame(tick);
    else resolve(frames);
  };
  requestAnimationFrame(tick);
})`;

/** The list's status line as it stands ("Showing 1998 of 50012 applications so far"). */
export const STATUS_TEXT = `([...document.querySelectorAll('[role="status"]')].map((el) => (el.textContent || '').trim()).find((t) => /^Showing /.test(t)) ?? '')`;

/** When the first page of applications was requested and in, from navigation (resource timing). */
export const FIRST_PAGE = `(() => {
  const entry = performance.getEntriesByType('resource').find((e) => /\\/v1\\.0\\/(servicePrincipals\\?|\\$batch)/.test(e.name));
  return entry ? { startMs: entry.startTime, endMs: entry.responseEnd } : { startMs: 0, endMs: 0 };
})()`;
