import type { GraphClient, GraphRequestInit } from './graph-client';
import type { GraphPage } from './page-head';

// The page shape lives in page-head.ts (a leaf the client also reads) so the client and paging do not import each other.
export type { GraphPage } from './page-head';

type PageInit = Omit<GraphRequestInit, 'method' | 'body'>;

/**
 * Yields each page, following `@odata.nextLink` exactly as Graph returned it. Where the client can read
 * a page's next link from the start of its body, the next page is requested right then, so its round
 * trip overlaps this page's download, parsing and the caller's work; a link misread from the head is
 * never followed past the parsed page, and leaving early (break, error, abort) cancels the request ahead.
 */
export async function* iteratePages<T>(graph: GraphClient, firstPathOrUrl: string, init: PageInit): AsyncGenerator<GraphPage<T>> {
  const requestPage = graph.requestPage?.bind(graph);
  if (!requestPage) {
    let next: string | undefined = firstPathOrUrl;
    while (next) {
      const page: GraphPage<T> = await graph.request<GraphPage<T>>(next, init);
      yield page;
      next = page['@odata.nextLink'];
    }
    return;
  }

  const inFlight = new Set<AbortController>();
  const start = (url: string) => {
    const controller = new AbortController();
    inFlight.add(controller);
    const signal = init.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal;
    let early!: (link: string | undefined) => void;
    const nextLink = new Promise<string | undefined>((resolve) => (early = resolve));
    const page = requestPage<T>(url, { ...init, signal }, early);
    // The page settles the hint when the head never did; its error is met where the page is awaited.
    page.then(
      (p) => {
        inFlight.delete(controller);
        early(p['@odata.nextLink']);
      },
      () => {
        inFlight.delete(controller);
        early(undefined);
      },
    );
    return { page, nextLink, cancel: () => controller.abort() };
  };

  try {
    let current: ReturnType<typeof start> | undefined = start(firstPathOrUrl);
    while (current) {
      const hinted: string | undefined = await current.nextLink;
      let ahead: ReturnType<typeof start> | undefined = hinted ? start(hinted) : undefined;
      const page: GraphPage<T> = await current.page;
      const actual = page['@odata.nextLink'];
      if (actual !== hinted) {
        ahead?.cancel();
        ahead = actual ? start(actual) : undefined;
      }
      yield page;
      current = ahead;
    }
  } finally {
    for (const controller of inFlight) controller.abort();
  }
}

/** Every item of every page (a partial list is never returned: an error on any page rejects). */
export async function listAllPages<T>(graph: GraphClient, firstPathOrUrl: string, init: PageInit & { maxPages?: number }): Promise<T[]> {
  const items: T[] = [];
  let pages = 0;
  for await (const page of iteratePages<T>(graph, firstPathOrUrl, init)) {
    items.push(...page.value);
    if (++pages >= (init.maxPages ?? Number.POSITIVE_INFINITY) && page['@odata.nextLink']) {
      throw new Error(`Stopped after ${pages} pages: the list is larger than expected.`);
    }
  }
  return items;
}
