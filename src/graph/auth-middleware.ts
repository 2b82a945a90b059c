import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { headersOf, requestUrl, scopesOf } from './request-context';

/** Returns an access token for exactly these scopes, or throws (never returns an empty token). */
export type TokenProvider = (scopes: readonly string[]) => Promise<string>;

/**
 * Attaches a bearer token for the operation's declared scopes, and only when the request goes to
 * the configured Graph origin: a nextLink or any other URL on another origin gets no token.
 */
export class GraphAuthMiddleware implements Middleware {
  private next?: Middleware;
  private readonly graphOrigin: string;

  constructor(
    graphBaseUrl: string,
    private readonly getToken: TokenProvider,
  ) {
    this.graphOrigin = new URL(graphBaseUrl).origin;
  }

  async execute(context: Context): Promise<void> {
    const headers = headersOf(context);
    headers.delete('Authorization');
    if (new URL(requestUrl(context)).origin === this.graphOrigin) {
      const scopes = scopesOf(context);
      if (scopes.length === 0) throw new Error('A Graph request must declare the scopes it needs.');
      const token = await this.getToken(scopes);
      headers.set('Authorization', `Bearer ${token}`);
    }
    if (!this.next) throw new Error('GraphAuthMiddleware must not be the last middleware.');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
