/**
 * A browser document for component tests that also start the in-process emulator: imported first, it
 * puts jsdom's window on the global object the way Vitest's jsdom environment does. The test file itself
 * stays in the node environment, where the emulator's modules load as they do everywhere else (the jsdom
 * environment's browser transform rewrites the import.meta.url the emulator reads its rule files through).
 */
import { JSDOM } from 'jsdom';
import { populateGlobal } from 'vitest/runtime';

const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'http://localhost:5173/', pretendToBeVisual: true });
populateGlobal(globalThis, dom.window, { bindFunctions: true });
