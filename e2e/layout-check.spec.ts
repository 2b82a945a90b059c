/**
 * A test of the layout check itself (e2e/support/layout-check.ts): pages with known faults give exactly
 * the expected findings, and a clean page gives none.
 */
import { expect, test } from '@playwright/test';
import { checkLayout } from './support/layout-check';

/** Each finding without its measurements (they depend on the fonts installed): kind, element and text. */
const findings = async (page: Parameters<typeof checkLayout>[0]) =>
  (await checkLayout(page)).map((f) => `${f.kind}: ${f.selector} "${f.text}"${f.other ? ` and ${f.other.selector} "${f.other.text}"` : ''}`);

test.use({ viewport: { width: 800, height: 600 } });

const STYLE = `<style>
  body { margin: 0; font: 16px/1.5 sans-serif; }
  .abs { position: absolute; }
  .cut { width: 120px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
</style>`;

test('overlapping text, clipped text without its full text, and text past the right edge are each reported', async ({ page }) => {
  await page.setContent(`${STYLE}
    <main>
      <p class="abs" style="top: 10px; left: 10px">Overlapping first</p>
      <p class="abs" id="second" style="top: 16px; left: 40px">Overlapping second</p>
      <p class="abs" style="top: 80px; left: 10px">Parent <strong>child inside</strong> text</p>
      <section aria-label="Clipped">
        <div class="abs cut" style="top: 140px; left: 10px">A permission name far too long for its box</div>
        <div class="abs cut" style="top: 180px; left: 10px" title="A permission name far too long for its box">A permission name far too long for its box</div>
        <div class="abs cut" style="top: 220px; left: 10px" aria-label="Another name far too long for its box">Another name far too long for its box</div>
        <div class="abs cut" style="top: 260px; left: 10px">Short</div>
      </section>
      <p style="margin: 320px 10px 0; white-space: nowrap">https://example.test/a/very/long/url/that/does/not/wrap/and/runs/past/the/right/edge/of/the/viewport/${'segment/'.repeat(20)}</p>
      <div class="abs" style="top: 380px; left: 10px; width: 300px; overflow-x: auto" role="region" aria-label="Wide table" tabindex="0">
        <p style="width: 1200px; margin: 0">A wide row inside its own scrolling region is fine</p>
      </div>
    </main>`);

  expect(await findings(page)).toEqual([
    'off-screen: main › p "https://example.test/a/very/long/url/that/does/not/wrap/and/runs/past/the/rig…"',
    'overlap: main › p "Overlapping first" and main › p "Overlapping second"',
    'clipped: main › section "Clipped" › div "A permission name far too long for its box"',
    'off-screen: html ""',
  ]);
});

test('a clean layout has no findings', async ({ page }) => {
  await page.setContent(`${STYLE}
    <main>
      <h1>Applications</h1>
      <p>Long names wrap: <span style="overflow-wrap: anywhere">https://example.test/a/very/long/url/that/wraps/anywhere/instead/of/running/past/the/edge/of/the/viewport</span></p>
      <ul><li>User.Read</li><li>Mail.ReadWrite <strong>High risk</strong></li></ul>
      <div class="cut" title="A permission name far too long for its box">A permission name far too long for its box</div>
    </main>`);

  expect(await findings(page)).toEqual([]);
});

test('with a dialog open only its surface counts, and its actions must be on screen or scrolled to', async ({ page }) => {
  const dialog = (body: string) => `${STYLE}
    <main>
      <p class="abs" style="top: 10px; left: 10px">Behind the backdrop</p>
      <p class="abs" style="top: 14px; left: 20px">Also behind it</p>
    </main>
    <div role="alertdialog" aria-modal="true" aria-label="Revoke the grant" style="position: fixed; top: 40px; left: 40px; width: 500px; background: white">
      ${body}
      <div class="fui-DialogActions"><button>Revoke</button><button>Cancel</button></div>
    </div>`;

  await page.setContent(dialog('<div style="height: 900px">What will change</div>'));
  expect(await findings(page)).toEqual([
    'dialog-actions: div[role=alertdialog] "Revoke the grant" › div.fui-DialogActions › button "Revoke"',
    'dialog-actions: div[role=alertdialog] "Revoke the grant" › div.fui-DialogActions › button "Cancel"',
  ]);

  // The same dialog with a scrolling body keeps its actions reachable (and here visible).
  await page.setContent(dialog('<div style="max-height: 400px; overflow-y: auto"><div style="height: 900px">What will change</div></div>'));
  expect(await findings(page)).toEqual([]);
});
