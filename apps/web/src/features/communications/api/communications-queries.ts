import { queryOptions } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';

export const communicationsKeys = {
  all: ['communications'] as const,
  detail: (id: string) => [...communicationsKeys.all, 'detail', id] as const,
};

/** One logged conversation as it is now (with its version), for editing or archiving it. */
export function communicationQueryOptions(id: string) {
  return queryOptions({
    queryKey: communicationsKeys.detail(id),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/v1/communications/{id}', { params: { path: { id } }, signal })),
    // Editing starts from the latest version, not from one read minutes ago.
    staleTime: 0,
  });
}
