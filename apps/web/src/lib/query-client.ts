import { QueryClient } from '@tanstack/react-query';
import { isProblemError } from './problem-error';

/** Retrying a 4xx cannot change the answer; a dropped connection or a 5xx might recover. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isProblemError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
}
