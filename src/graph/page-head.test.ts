import { describe, expect, it } from 'vitest';
import { batchAnswerReader, readBodyWatchingHead, readPageHead, type BatchItemHead } from './page-head';

describe('readPageHead', () => {
  it('reads the next link Graph writes before value, unescaped', () => {
    const head = '{"@odata.context":"https://g/v1.0/$metadata#x","@odata.nextLink":"https://g/v1.0/x?$top=2&$skiptoken=A\\u0026B\\/C","value":[{"id":"1"';
    expect(readPageHead(head)).toEqual({ nextLink: 'https://g/v1.0/x?$top=2&$skiptoken=A&B/C' });
  });

  it('says "no link" once value starts without one, and "cannot tell yet" before', () => {
    expect(readPageHead('{"@odata.context":"https://g/$metadata#x","val')).toBeUndefined();
    expect(readPageHead('{"@odata.context":"https://g/$metadata#x","value" : [')).toEqual({});
    // A link written after the items is not seen early; the parsed page still has it.
    expect(readPageHead('{"value":[{"id":"1"}],"@odata.nextLink":"https://g/next"}')).toEqual({});
  });

  it('gives up on a long body without value (not a collection page as Graph lays it out)', () => {
    expect(readPageHead(`{"error":{"message":"${'x'.repeat(20_000)}`)).toEqual({});
  });
});

describe('readBodyWatchingHead', () => {
  it('shows the text so far after each chunk until the watcher is satisfied, and returns the whole body', async () => {
    const chunks = ['{"a":', '1,"b"', ':2}'];
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
        controller.close();
      },
    });
    const seen: string[] = [];
    const text = await readBodyWatchingHead(new Response(body), (head) => {
      seen.push(head);
      return head.includes('"b"');
    });
    expect(text).toBe('{"a":1,"b":2}');
    expect(seen).toEqual(['{"a":', '{"a":1,"b"']);
  });

  it('decodes characters split across chunks', async () => {
    const bytes = new TextEncoder().encode('{"name":"Zoë 🚀"}');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
        controller.close();
      },
    });
    expect(JSON.parse(await readBodyWatchingHead(new Response(body), () => false))).toEqual({ name: 'Zoë 🚀' });
  });
});

describe('batchAnswerReader', () => {
  const answer = JSON.stringify({
    responses: [
      {
        id: '1',
        status: 200,
        headers: { 'Content-Type': 'application/json' },
        body: {
          '@odata.context': 'https://g/v1.0/$metadata#x',
          '@odata.nextLink': 'https://g/v1.0/x?$skiptoken=A&B',
          // Attacker-controlled names that look like the keys the reader looks for.
          value: [{ displayName: '","@odata.nextLink":"https://evil/","value":[' }, { id: '"status":429', nested: { body: { value: [] } } }],
        },
      },
      { id: '2', status: 429, headers: { 'Retry-After': '3' }, body: { error: { code: 'TooManyRequests', message: 'x' } } },
      { status: 200, body: { value: [], '@odata.nextLink': 'https://g/v1.0/late' }, id: '3' },
    ],
  });

  function readInChunks(text: string, size: number) {
    const heads: { head: BatchItemHead; at: number }[] = [];
    let seen = 0;
    const read = batchAnswerReader((head) => heads.push({ head, at: seen }));
    for (seen = size; seen < text.length + size; seen += size) read(text.slice(0, seen));
    return heads;
  }

  it("tells each item's id, status and next link, whatever the names inside the data say", () => {
    for (const size of [1, 7, 64, answer.length]) {
      expect(readInChunks(answer, size).map((h) => h.head)).toEqual([
        { id: '1', status: 200, nextLink: 'https://g/v1.0/x?$skiptoken=A&B' },
        { id: '2', status: 429, nextLink: undefined },
        // Its id comes last: told when the item closes, with everything seen by then.
        { id: '3', status: 200, nextLink: 'https://g/v1.0/late' },
      ]);
    }
  });

  it('tells an item as soon as its body reaches value, before its items are in', () => {
    const [first] = readInChunks(answer, 1);
    expect(first!.at).toBeLessThan(answer.indexOf('displayName'));
  });
});
