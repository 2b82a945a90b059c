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

/** What the start of one `$batch` answer item says: its id, status and its body's next link, if any. */
export interface BatchItemHead {
  id: string;
  status?: number;
  nextLink?: string;
}

interface ItemState {
  id?: string;
  status?: number;
  nextLink?: string;
  /** `value` was reached in the body: the next link, if any, has been seen. */
  ready: boolean;
  told: boolean;
}

const ITEM_DEPTH = 3;
const BODY_DEPTH = 4;
const NUMBER_START = /[-0-9]/;
const NUMBER_CHAR = /[-+0-9.eE]/;

/**
 * Reads a `$batch` answer (`{"responses":[{"id":…,"status":…,"headers":{…},"body":{…}}…]}`) as it
 * streams in and tells `onItem` each item's head as soon as it is known: once the item's body reaches
 * `value` (a collection page's next link comes before it) or, at the latest, when the item closes.
 * A small JSON tokenizer, not a pattern search: names inside the data (attacker-controlled strings) can
 * never pass for a key. Call the returned function with the whole text so far; it resumes where it stopped.
 * Only a hint, like `readPageHead`: the parsed answer decides.
 */
export function batchAnswerReader(onItem: (head: BatchItemHead) => void): (text: string) => void {
  let pos = 0;
  const stack: ('{' | '[')[] = [];
  const keys: (string | undefined)[] = [];
  let expectKey = false;
  let item: ItemState | undefined;

  const inResponses = () => stack[0] === '{' && keys[0] === 'responses' && stack[1] === '[';
  const key = (depth: number) => keys[depth - 1];
  const tell = () => {
    if (!item || item.told || item.id === undefined) return;
    item.told = true;
    onItem({ id: item.id, status: item.status, nextLink: item.nextLink });
  };
  const itemValue = (value: string | number) => {
    if (!item) return;
    if (stack.length === ITEM_DEPTH && key(ITEM_DEPTH) === 'id') item.id = String(value);
    else if (stack.length === ITEM_DEPTH && key(ITEM_DEPTH) === 'status' && typeof value === 'number') item.status = value;
    else if (stack.length === BODY_DEPTH && key(ITEM_DEPTH) === 'body' && key(BODY_DEPTH) === '@odata.nextLink' && typeof value === 'string')
      item.nextLink = value;
    else return;
    if (item.ready) tell();
  };

  return (text) => {
    while (pos < text.length) {
      const c = text[pos]!;
      if (c === '"') {
        const end = stringEnd(text, pos);
        if (end < 0) return; // the string continues in the next chunk
        const depth = stack.length;
        const wanted = depth <= BODY_DEPTH && item !== undefined;
        if (expectKey) {
          keys[depth - 1] = depth <= BODY_DEPTH ? (JSON.parse(text.slice(pos, end + 1)) as string) : undefined;
          if (item && depth === BODY_DEPTH && key(ITEM_DEPTH) === 'body' && key(BODY_DEPTH) === 'value') {
            item.ready = true;
            tell();
          }
        } else if (wanted) itemValue(JSON.parse(text.slice(pos, end + 1)) as string);
        pos = end + 1;
        continue;
      }
      if (NUMBER_START.test(c) && !expectKey && item && stack.length === ITEM_DEPTH) {
        let end = pos;
        while (end < text.length && NUMBER_CHAR.test(text[end]!)) end++;
        if (end === text.length) return; // the number may go on
        itemValue(Number(text.slice(pos, end)));
        pos = end;
        continue;
      }
      if (c === '{' || c === '[') {
        stack.push(c);
        keys.push(undefined);
        expectKey = c === '{';
        if (c === '{' && stack.length === ITEM_DEPTH && inResponses()) item = { ready: false, told: false };
      } else if (c === '}' || c === ']') {
        if (stack.length === ITEM_DEPTH && item) {
          item.ready = true;
          tell();
          item = undefined;
        }
        stack.pop();
        keys.pop();
        expectKey = false;
      } else if (c === ',') {
        expectKey = stack.at(-1) === '{';
      } else if (c === ':') {
        expectKey = false;
      }
      pos++;
    }
  };
}

/** The index of the quote closing the string that opens at `start`, or -1 when it is not in `text` yet. */
function stringEnd(text: string, start: number): number {
  let at = start + 1;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote < 0) return -1;
    let backslashes = 0;
    for (let i = quote - 1; text[i] === '\\'; i--) backslashes++;
    if (backslashes % 2 === 0) return quote;
    at = quote + 1;
  }
}
