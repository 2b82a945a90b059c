/**
 * The bench's printout: Markdown tables of the loads (plain and batched paging side by side, against
 * their minimums and the latency floor), of how the page kept up while loading, and of the budgets.
 */
import type { LoadFigures, ScrollFigures } from './browser';
import { floorMs, type InventoryMinimum } from './floors';
import type { PageWork } from './node-runs';
import { p95 } from './browser';
import { SHAPES, type TenantShape } from './shapes';

export interface ShapeResult {
  shape: TenantShape;
  minimum: InventoryMinimum;
  work: PageWork;
  runs: { rttMs: number; loads: LoadFigures[] }[];
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
const ms = (value: number) => `${value.toFixed(0)} ms`;
const ratio = (value: number, floor: number) => (Number.isNaN(value) ? '—' : `${(value / floor).toFixed(2)} ×`);
/** The full load, or how long the bench waited for a load that did not finish. */
const fullLoad = (load: LoadFigures) => (Number.isNaN(load.fullLoadMs) ? `not done after ${seconds(load.timeoutMs)}` : seconds(load.fullLoadMs));

export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export const minimumOf = (min: InventoryMinimum, load: LoadFigures) => (load.paging === 'plain' ? min.plainRequests : min.batchedRequests);

export function loadsTable(results: ShapeResult[]): string {
  const rows = results.flatMap(({ shape, minimum, runs }) =>
    runs.flatMap(({ rttMs, loads }) =>
      loads.map((load) => {
        const floor = floorMs(minimum, rttMs);
        return [
          shape.name,
          `${rttMs} ms`,
          load.paging,
          `${load.inventoryRequests} / ${minimumOf(minimum, load)}`,
          String(load.preflights),
          seconds(load.firstPage.startMs),
          seconds(load.firstRowsMs),
          fullLoad(load),
          `${seconds(floor)} (${minimum.chain} × ${rttMs} ms)`,
          ratio(load.fullLoadMs, floor),
          Number.isNaN(load.fullLoadMs) ? '—' : ratio(load.networkMs, floor),
          `${ms(load.perRequest.answerMs)} + ${ms(load.perRequest.bodyMs)}; next ${ms(load.perRequest.nextAfterAnswerMs)}`,
        ];
      }),
    ),
  );
  return table(
    [
      'tenant',
      'RTT',
      'paging',
      'requests / minimum',
      'preflights',
      'first request',
      'first rows',
      'full load',
      'floor',
      'full load ÷ floor',
      'network part ÷ floor',
      'per request: answer + body; next request after the answer',
    ],
    rows,
  );
}

const keys = (load: LoadFigures) =>
  load.keyToFrameMs.length ? `${ms(p95(load.keyToFrameMs))} / ${ms(Math.max(...load.keyToFrameMs))} (${load.keyToFrameMs.length} keys)` : '—';

export function pageTable(results: ShapeResult[]): string {
  const rows = results.flatMap(({ shape, runs }) =>
    runs.flatMap(({ rttMs, loads }) =>
      loads.map((load) => [
        shape.name,
        `${rttMs} ms`,
        load.paging,
        `${load.heapMB.toFixed(1)} MB`,
        `${ms(load.longestTaskMs)} (${load.longTasks} over 50 ms)`,
        ms(load.longestFrameGapMs),
        keys(load),
        load.rowsShown,
      ]),
    ),
  );
  return table(['tenant', 'RTT', 'paging', 'JS heap after load', 'longest task', 'longest frame gap', 'key → frame p95 / max', 'rows'], rows);
}

export function workTable(results: ShapeResult[]): string {
  return table(
    ['tenant', 'grant page (999)', 'service-principal page (999)'],
    results.map(({ shape, work }) => [shape.name, ms(work.grantPageMs), ms(work.servicePrincipalPageMs)]),
  );
}

export interface BudgetInputs {
  results: ShapeResult[];
  referenceRttMs: number;
  /** Taken with the 10k/100k tenant only. */
  scroll?: ScrollFigures;
  initialJs: { kB: number; files: number };
}

/** The budgets, each against the console's default (batched) paging unless it says otherwise. */
export function budgetsTable({ results, referenceRttMs, scroll, initialJs }: BudgetInputs): string {
  const rows: string[][] = [];
  for (const { shape, minimum, runs } of results) {
    for (const { rttMs, loads } of runs) {
      for (const load of loads) {
        const min = minimumOf(minimum, load);
        rows.push([
          `${shape.name}, ${rttMs} ms, ${load.paging}: requests`,
          `${load.inventoryRequests} (${(load.inventoryRequests / min).toFixed(2)} × ${min})`,
          '≤ 1.0 × minimum',
          Number.isNaN(load.fullLoadMs) ? 'unfinished load' : verdict(load.inventoryRequests <= min),
        ]);
        if (load.paging !== 'batched') continue;
        const floor = floorMs(minimum, rttMs);
        rows.push([
          `${shape.name}, ${rttMs} ms: full load`,
          Number.isNaN(load.fullLoadMs) ? fullLoad(load) : `${fullLoad(load)} = ${ratio(load.fullLoadMs, floor)} floor`,
          '≤ 1.1 × floor',
          verdict(load.fullLoadMs <= 1.1 * floor),
        ]);
        const heapBudget = shape.tenant.grants >= 1_000_000 ? 1024 : 250;
        if (rttMs === referenceRttMs)
          rows.push([`${shape.name}: JS heap after load`, `${load.heapMB.toFixed(1)} MB`, `≤ ${heapBudget} MB`, verdict(load.heapMB <= heapBudget)]);
      }
    }
  }
  const reference = results.find((r) => r.shape === SHAPES[0]);
  const first = reference?.runs.find((r) => r.rttMs === referenceRttMs)?.loads.find((l) => l.paging === 'batched');
  if (first)
    rows.push([
      `Time to first rows (${reference!.shape.name}, ${referenceRttMs} ms, batched)`,
      seconds(first.firstRowsMs),
      '≤ 0.6 s',
      verdict(first.firstRowsMs <= 600),
    ]);
  if (scroll)
    rows.push([
      'Scroll frame time p95 (virtualized table)',
      `${scroll.p95Ms.toFixed(1)} ms (max ${scroll.maxMs.toFixed(1)} ms, ${scroll.frames} frames)`,
      '≤ 16.7 ms',
      verdict(scroll.p95Ms <= 16.7),
    ]);
  rows.push(['Initial JS (gzip)', `${initialJs.kB.toFixed(1)} kB in ${initialJs.files} files`, '≤ 250 kB', verdict(initialJs.kB <= 250)]);
  return table(['measure', 'result', 'budget', 'verdict'], rows);
}
