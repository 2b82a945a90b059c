import { QueryClient } from '@tanstack/react-query';

/** Graph calls retry throttling themselves (Retry-After); consent and 4xx errors must not be retried. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}
