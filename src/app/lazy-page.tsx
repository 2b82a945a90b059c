import type { IPublicClientApplication } from '@azure/msal-browser';
import type { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { GraphClient } from '../graph/graph-client';
import { Loading } from '../ui/loading';
import { ScreenErrorBoundary } from './screen-error-boundary';

/** What a screen's first reads start with: start-up's clients, once the redirect response is handled. */
export interface ScreenStart {
  pca: IPublicClientApplication;
  queryClient: QueryClient;
  graph: GraphClient;
}

/** Starts a screen's first reads into the query cache, with the queries the screen itself uses. */
export type ScreenPrefetch = (start: ScreenStart) => Promise<void>;

export interface LazyPage<P extends object = never> {
  (props: P): ReactNode;
  /** Starts loading the screen's code (and its prefetch's) now, ahead of the first render. */
  preload(): void;
  /** Starts the screen's first reads without waiting for its code; resolves when they are done (never rejects). */
  prefetch(start: ScreenStart): Promise<void>;
}

/**
 * A screen loaded on first visit: the router imports the feature's `pages.ts` (never its `index.ts`,
 * which the navigation imports up front), so each screen's code is its own chunk and the first load
 * stays small. `loadPrefetch` (optional) names a small module with the screen's first reads: start-up
 * (src/main.tsx) loads it next to the screen's chunk and runs it as soon as a token may be asked for.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>, loadPrefetch?: () => Promise<ScreenPrefetch>): LazyPage<P> {
  let page: Promise<ComponentType<P>> | undefined;
  let prefetcher: Promise<ScreenPrefetch> | undefined;
  // One import per screen, whoever asks first (start-up or the first render); a failed one is tried again.
  const loadPage = () =>
    (page ??= load().catch((error: unknown) => {
      page = undefined;
      throw error;
    }));
  const loadPrefetcher = () =>
    loadPrefetch &&
    (prefetcher ??= loadPrefetch().catch((error: unknown) => {
      prefetcher = undefined;
      throw error;
    }));
  const Page = lazy(async () => ({ default: await loadPage() }));

  function LazyPage(props: P) {
    return (
      <ScreenErrorBoundary>
        <Suspense fallback={<Loading label="Loading…" />}>
          <Page {...props} />
        </Suspense>
      </ScreenErrorBoundary>
    );
  }
  LazyPage.preload = () => {
    // A failure here is met again, and shown, when the screen renders.
    loadPage().catch(() => undefined);
    loadPrefetcher()?.catch(() => undefined);
  };
  LazyPage.prefetch = async (start: ScreenStart) => {
    try {
      const prefetch = await loadPrefetcher();
      await prefetch?.(start);
    } catch {
      // The screen reads (and reports) for itself once it renders.
    }
  };
  return LazyPage;
}

export function isLazyPage(value: unknown): value is LazyPage {
  return typeof value === 'function' && 'preload' in value && 'prefetch' in value;
}
