/**
 * The change kind of a raw Graph write an admin typed on the Diagnose page. It is confirmed and recorded
 * like every change, naming exactly what is sent: the method and the full URL on the configured Graph
 * origin. The console cannot know what such a request alters, how to undo it or how to tell later
 * whether it happened: it is recorded, never restored.
 */
import { graphKeys } from '../../graph/keys';
import { rawRequestOperation, rawRequestUrl, sendRawRequest, takesBody } from '../../graph/raw-request';
import type { ChangeOf } from '../change-types';
import type { ChangeKind } from './change-kind';

type GraphRequestChange = ChangeOf<'graph-request'>;

const sendsBody = (c: GraphRequestChange) => takesBody(c.request.method) && c.request.body !== undefined;

export const graphRequest: ChangeKind<GraphRequestChange> = {
  kind: 'graph-request',
  operation: (c) => rawRequestOperation(c.request.scope),
  // Which directory role an arbitrary request needs is Microsoft Graph's to decide (it answers 403).
  requirement: () => undefined,
  // Sent once as typed, with nothing read first: after an outage it may have happened, and a POST sent again may do it twice.
  retrySafe: false,
  describe: (c) => `${c.request.method} ${rawRequestUrl({ baseUrl: c.baseUrl }, c.request)}${sendsBody(c) ? ', with a JSON body' : ''}`,
  async run(c, ctx) {
    // What was confirmed is what is sent: the URL described is the client's own.
    if (ctx.graph.baseUrl !== c.baseUrl) throw new Error(`Not sent: it was confirmed for ${c.baseUrl}, but the console's Graph is ${ctx.graph.baseUrl}.`);
    const status = await sendRawRequest(ctx.graph, c.request, ctx.signal);
    // Nothing to read back: the console does not know what the request changed.
    return { outcome: 'succeeded', before: null, after: null, status };
  },
  parties: () => ({}),
  before: () => null,
  reconcile: async () => undefined,
  // A raw write can alter anything the console has cached (a grant, a user, the console's own permissions):
  // all Graph data is re-read.
  alters: [graphKeys.all],
};
