/**
 * Batched paging: several page chains followed through `POST /$batch` instead of one GET per page. Every
 * `@odata.nextLink` is a new URL, so on a real network each plain page costs a CORS preflight as well as
 * its own round trip; `/$batch` is one URL whose preflight stays cached, and one call carries the next
 * page of every unfinished chain (≤ 20 items a call, more chains → more calls in the same round), so the
 * chains share round trips.
 *
 * Rounds: a round is the calls sent together, the longest chain so far (most pages read) first. The next
 * round leaves as soon as every item of this one has shown its next link, read from the head of its body
 * while the answer is still streaming in (`batchAnswerReader`); it does not wait for the rest of the
 * answer, nor for items that came back throttled. Such an item (429/503, or a 504 gateway timeout) is
 * re-sent with the first round after its Retry-After (bounded as `batch()` bounds it); any other failed
 * item rejects, as a failed page does in plain paging. The head is only a hint: a page is accepted only as the one its chain's
 * parsed previous page names, a page answered before its predecessor is held until then, and a page
 * requested from a misread head is dropped. A next link must lie under the client's Graph base URL (an
 * item's url is relative to the version): a link anywhere else is refused, never followed.
 *
 * When the `$batch` call itself fails (Graph's error, or no answer: a dropped connection, which the retry
 * middleware does not resend for a POST), the unfinished chains go on with plain paging from where they
 * are (`followChainsPlainly`). Why rounds wait for every item rather than sending the lead chain ahead on
 * its own: docs/decisions/007-batched-paging.md.
 */
import { chunk, itemRetryDelay, MAX_BATCH_SIZE, sendBatchCall, type BatchResult } from './batch';
import type { GraphClient } from './graph-client';
import { GraphError } from './graph-error';
import type { BatchItemHead } from './page-head';
import { followChainsPlainly, type ChainOptions, type GraphPage, type PageChain } from './paging';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-middleware';

export interface BatchedPagingOptions extends Omit<ChainOptions, 'batchFirstPages'> {
  /** Re-sending of items throttled on their own; `sleep` waits out their Retry-After. */
  retry?: Partial<Pick<RetryPolicy, 'maxRetries' | 'maxDelaySeconds' | 'baseDelaySeconds' | 'maxBackoffSeconds' | 'sleep' | 'random'>>;
}

interface Chain {
  spec: PageChain;
  order: number;
  pages: number;
  /** The url whose page is accepted next; undefined once the chain has ended. */
  expected: string | undefined;
  /** The url to send with the next round. */
  waiting: string | undefined;
  /** The last url sent: only its head may name the next page to send. */
  front: string | undefined;
  /** Urls sent and not answered yet. */
  sent: Set<string>;
  /** Pages answered before the page naming them was accepted. */
  held: Map<string, BatchResult<GraphPage<unknown>>>;
  /** Re-sends of the expected page after throttling. */
  attempts: number;
}

interface SentItem {
  chain: Chain;
  url: string;
  hinted: boolean;
}

type PageResult = BatchResult<GraphPage<unknown>>;

/** A next link as a `$batch` item's url (relative to the version root), or undefined when it points anywhere else. */
export function batchItemUrl(baseUrl: string, link: string): string | undefined {
  return link.startsWith(`${baseUrl}/`) ? link.slice(baseUrl.length) : undefined;
}

function refusedLink(): GraphError {
  return new GraphError({
    status: 0,
    code: 'nextLinkRefused',
    message: 'Microsoft Graph named a next page outside its own address; it was not followed, so the list is incomplete.',
  });
}

/** Follows `roots` (and the chains they start when they end) in shared `$batch` rounds; resolves when all have ended. */
export function followChainsInBatches(graph: GraphClient, roots: readonly PageChain[], options: BatchedPagingOptions): Promise<void> {
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const controller = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
  const chains: Chain[] = [];
  let unhinted = 0;
  let over = false;
  let finish!: () => void;
  let fail!: (error: unknown) => void;
  const finished = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });

  /** Ends the load: resolved (every chain ended), rejected, or handed over to `then` (plain paging). */
  const end = (outcome: { error: unknown } | { then: () => Promise<void> } | 'done') => {
    if (over) return;
    over = true;
    options.signal?.removeEventListener('abort', onAbort);
    controller.abort();
    if (outcome === 'done') finish();
    else if ('error' in outcome) fail(outcome.error);
    else outcome.then().then(finish, fail);
  };

  const onAbort = () => end({ error: options.signal?.reason });

  const add = (spec: PageChain) =>
    chains.push({
      spec,
      order: chains.length,
      pages: 0,
      expected: spec.first,
      waiting: spec.first,
      front: undefined,
      sent: new Set(),
      held: new Map(),
      attempts: 0,
    });

  const depart = () => {
    if (over) return;
    if (chains.every((c) => c.expected === undefined)) return end('done');
    if (unhinted > 0) return;
    const ready = chains.filter((c) => c.waiting !== undefined).sort((a, b) => b.pages - a.pages || a.order - b.order);
    if (ready.length === 0) return;
    const items = ready.map((chain): SentItem => {
      const url = chain.waiting!;
      chain.waiting = undefined;
      chain.front = url;
      chain.sent.add(url);
      return { chain, url, hinted: false };
    });
    unhinted = items.length;
    for (const group of chunk(items, MAX_BATCH_SIZE)) send(group).catch((error: unknown) => end({ error }));
  };

  const hint = (item: SentItem, head: Omit<BatchItemHead, 'id'>) => {
    if (item.hinted) return;
    item.hinted = true;
    unhinted--;
    const { chain } = item;
    const fine = head.status === undefined || (head.status >= 200 && head.status < 300);
    if (fine && head.nextLink && item.url === chain.front && chain.waiting === undefined) {
      chain.waiting = batchItemUrl(graph.baseUrl, head.nextLink);
    }
  };

  const accept = (item: { chain: Chain; url: string }, result: PageResult) => {
    const { chain, url } = item;
    if (chain.expected === undefined) return;
    if (url !== chain.expected) return void chain.held.set(url, result);
    if (!result.ok) {
      const delay = itemRetryDelay(result, { url }, chain.attempts, policy);
      if (delay === undefined) return end({ error: result.error });
      chain.attempts++;
      policy.sleep(delay * 1000, signal).then(
        () => {
          if (chain.expected === url && !chain.sent.has(url)) chain.waiting = url;
          depart();
        },
        (error: unknown) => end({ error }), // cancelled while waiting
      );
      return;
    }
    chain.attempts = 0;
    chain.pages++;
    chain.spec.onPage(result.body);
    const link = result.body['@odata.nextLink'];
    if (!link) {
      Object.assign(chain, { expected: undefined, waiting: undefined, front: undefined });
      chain.held.clear();
      for (const follower of chain.spec.then?.() ?? []) add(follower);
      return;
    }
    const next = batchItemUrl(graph.baseUrl, link);
    if (next === undefined) return end({ error: refusedLink() });
    chain.expected = next;
    const early = chain.held.get(next);
    if (early) {
      chain.held.delete(next);
      return accept({ chain, url: next }, early);
    }
    if (!chain.sent.has(next) && chain.waiting !== next) chain.waiting = next;
  };

  const send = async (group: SentItem[]) => {
    const requests = group.map((item, i) => ({ id: String(i), url: item.url }));
    const scopes = [...new Set(group.flatMap((item) => item.chain.spec.scopes))];
    options.onRequest?.();
    let results: PageResult[];
    try {
      results = await sendBatchCall<GraphPage<unknown>>(graph, requests, {
        scopes,
        signal,
        onItemHead: (head) => {
          const item = group[Number(head.id)];
          if (item && !over) {
            hint(item, head);
            depart();
          }
        },
      });
    } catch (error) {
      return failed(error);
    }
    if (over) return;
    group.forEach((item, i) => {
      hint(item, {});
      item.chain.sent.delete(item.url);
      accept(item, results[i]!);
    });
    depart();
  };

  /** The `$batch` call itself failed: stop if the caller cancelled or the error is not Graph's, else page plainly. */
  const failed = (error: unknown) => {
    if (options.signal?.aborted || !(error instanceof GraphError)) return end({ error });
    const rest = chains.filter((c) => c.expected !== undefined).map((c) => ({ ...c.spec, first: c.expected! }));
    end({ then: () => followChainsPlainly(graph, rest, { signal: options.signal, onRequest: options.onRequest }) });
  };

  if (options.signal?.aborted) return Promise.reject(options.signal.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  roots.forEach(add);
  depart();
  return finished;
}
