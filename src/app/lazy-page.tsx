import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from '../ui/loading';
import { ScreenErrorBoundary } from './screen-error-boundary';

/**
 * A screen loaded on first visit: the router imports the feature's `pages.ts` (never its `index.ts`,
 * which the navigation imports up front), so each screen's code is its own chunk and the first load
 * stays small.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  const Page = lazy(async () => ({ default: await load() }));
  return function LazyPage(props: P) {
    return (
      <ScreenErrorBoundary>
        <Suspense fallback={<Loading label="Loading…" />}>
          <Page {...props} />
        </Suspense>
      </ScreenErrorBoundary>
    );
  };
}
