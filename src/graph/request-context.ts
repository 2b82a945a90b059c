import type { Context } from '@microsoft/microsoft-graph-client';

/** A Graph client middleware context that carries the delegated scopes the operation declared. */
export interface ScopedContext extends Context {
  scopes: readonly string[];
}

export function scopesOf(context: Context): readonly string[] {
  return 'scopes' in context && Array.isArray(context.scopes) ? (context.scopes as readonly string[]) : [];
}

export function requestUrl(context: Context): string {
  return typeof context.request === 'string' ? context.request : context.request.url;
}

/** The request headers as a Headers object, written back onto the context's options. */
export function headersOf(context: Context): Headers {
  const options = (context.options ??= {});
  const headers = new Headers(options.headers as HeadersInit | undefined);
  options.headers = headers;
  return headers;
}
