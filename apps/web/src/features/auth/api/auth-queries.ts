import { queryOptions } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import type { Me } from '../../../lib/api-types';
import { isProblemError } from '../../../lib/problem-error';

export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
};

/** The signed-in person, or null when there is no session (a 401 here is an answer, not a failure). */
export function meQueryOptions() {
  return queryOptions({
    queryKey: authKeys.me(),
    queryFn: async (): Promise<Me | null> => {
      try {
        return await unwrap(apiClient.GET('/api/v1/auth/me'));
      } catch (error) {
        if (isProblemError(error) && error.status === 401) return null;
        throw error;
      }
    },
    // Who you are rarely changes mid-session; a 401 from any other call resets it (see api-client).
    staleTime: 5 * 60_000,
  });
}
