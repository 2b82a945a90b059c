/**
 * A collection page's `@odata.nextLink`, read from the start of its body. Graph writes the link before
 * `value` (`{"@odata.context":…,"@odata.nextLink":…,"value":[…]}`), so the next page can be requested
 * as soon as the first bytes arrive — while this page's items are still downloading and being parsed.
 */

/** One page of a Graph collection, as the client parses it and paging walks it. */
export interface GraphPage<T> {
  value: T[];
  '@odata.nextLink'?: string;
  '@odata.count'?: number;
}

const VALUE_KEY = /"value"\s*:/;
const NEXT_LINK = /"@odata\.nextLink"\s*:\s*("(?:[^"\\]|\\.)*")/;
/** Past this many characters without `"value"` the body is not laid out as expected: wait for the whole page. */
const HEAD_LIMIT = 16_384;

/**
 * What the start of a page's body says about its next link: `undefined` while it cannot tell yet, else
 * the link it holds before `value` (or none). Only a hint for starting early: the parsed page decides.
 */
export function readPageHead(head: string): { nextLink?: string } | undefined {
  const value = VALUE_KEY.exec(head);
  if (!value) return head.length > HEAD_LIMIT ? {} : undefined;
  const link = NEXT_LINK.exec(head.slice(0, value.index));
  if (!link) return {};
  try {
    return { nextLink: JSON.parse(link[1]!) as string };
  } catch {
    return {};
  }
}

/**
 * Reads a response body as text, showing the text so far to `onHead` after each chunk until it returns
 * true (it has seen what it needed).
 */
export async function readBodyWatchingHead(response: Response, onHead: (head: string) => boolean): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let watching = true;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    if (watching) watching = !onHead(text);
  }
  return text + decoder.decode();
}
