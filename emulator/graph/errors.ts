// Graph's error shape: {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}.
// Routes throw GraphError; the pipeline turns it into a response carrying the request's ids.
import type { GraphResponse } from './types.ts';

export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Graph's innerError date has no fraction and no zone designator: 2021-11-29T20:44:59. */
function graphDate(now = new Date()): string {
  return now.toISOString().slice(0, 19);
}

export function errorResponse(error: GraphError, ids: { requestId: string; clientRequestId: string }): GraphResponse {
  return {
    status: error.status,
    headers: { 'Content-Type': 'application/json', ...error.headers },
    body: {
      error: {
        code: error.code,
        message: error.message,
        innerError: { date: graphDate(), 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId },
      },
    },
  };
}

// --- the errors the service uses in more than one place ------------------------------------------

export const notFound = (id: string): GraphError =>
  new GraphError(404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);

export const insufficientPrivileges = (): GraphError =>
  new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');

export const badRequest = (message: string, code = 'Request_BadRequest'): GraphError => new GraphError(400, code, message);

export const unsupportedQuery = (message = 'Unsupported Query.'): GraphError => new GraphError(400, 'Request_UnsupportedQuery', message);

export const invalidProperty = (property: string, resource: string): GraphError =>
  badRequest(`Invalid value specified for property '${property}' of resource '${resource}'.`);
