import { describe, expect, it } from 'vitest';
import { readBodyWatchingHead, readPageHead } from './page-head';

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
