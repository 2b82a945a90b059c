import { batch } from './batch';
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

/**
 * One chain of pages a loader follows: where it starts, its scopes, what to do with each page, and the
 * chains that can only start once it has ended (the app role assignments of the service principals read).
 */
export interface PageChain {
  first: string;
  scopes: readonly string[];
  onPage: (page: GraphPage<unknown>) => void;
  then?: () => PageChain[];
}

export interface ChainOptions {
  signal?: AbortSignal;
  /** Called once per HTTP request the chains cost (a page, or a `$batch` call). */
  onRequest?: () => void;
  /** Followers' first pages go 20 per `$batch` (their further pages one by one); off when `$batch` itself failed. */
  batchFirstPages?: boolean;
}

/**
 * Plain paging of several chains at once: each chain pages on its own (`iteratePages`, one request per
 * page); a chain's followers start when it ends. A failed page rejects.
 */
export async function followChainsPlainly(graph: GraphClient, chains: readonly PageChain[], options: ChainOptions): Promise<void> {
  const { signal, onRequest } = options;
  const afterEnd = (chain: PageChain) => followChainsPlainly(graph, chain.then?.() ?? [], options);
  const follow = async (chain: PageChain, from: string): Promise<void> => {
    for await (const page of iteratePages<unknown>(graph, from, { scopes: chain.scopes, signal })) {
      onRequest?.();
      chain.onPage(page);
    }
    await afterEnd(chain);
  };
  if (!options.batchFirstPages || chains.length < 2) {
    await Promise.all(chains.map((chain) => follow(chain, chain.first)));
    return;
  }
  const scopes = [...new Set(chains.flatMap((chain) => chain.scopes))];
  const requests = chains.map((chain) => ({ url: chain.first }));
  const firstPages = await batch<GraphPage<unknown>>(graph, requests, { scopes, signal, beforeSend: () => onRequest?.() });
  const pages = firstPages.map((result) => {
    if (!result.ok) throw result.error;
    return result.body;
  });
  await Promise.all(
    chains.map((chain, i) => {
      const page = pages[i]!;
      chain.onPage(page);
      const next = page['@odata.nextLink'];
      return next ? follow(chain, next) : afterEnd(chain);
    }),
  );
}
