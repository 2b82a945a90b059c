import type { GraphClient, GraphRequestInit } from './graph-client';

export interface GraphPage<T> {
  value: T[];
  '@odata.nextLink'?: string;
  '@odata.count'?: number;
}

type PageInit = Omit<GraphRequestInit, 'method' | 'body'>;

/** Yields each page, following `@odata.nextLink` exactly as Graph returned it. */
export async function* iteratePages<T>(
  graph: GraphClient,
  firstPathOrUrl: string,
  init: PageInit,
): AsyncGenerator<GraphPage<T>> {
  let next: string | undefined = firstPathOrUrl;
  while (next) {
    const page: GraphPage<T> = await graph.request<GraphPage<T>>(next, init);
    yield page;
    next = page['@odata.nextLink'];
  }
}

/** Every item of every page (a partial list is never returned: an error on any page rejects). */
export async function listAllPages<T>(
  graph: GraphClient,
  firstPathOrUrl: string,
  init: PageInit & { maxPages?: number },
): Promise<T[]> {
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
