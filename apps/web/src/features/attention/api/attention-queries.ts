import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import type { AttentionQuery } from './types';

export const attentionKeys = {
  all: ['attention'] as const,
  list: (query: AttentionQuery) => [...attentionKeys.all, query] as const,
};

export function attentionQueryOptions(query: AttentionQuery) {
  return queryOptions({
    queryKey: attentionKeys.list(query),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/v1/attention', { params: { query }, signal })),
    // Switching tabs keeps the counts and the last list on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}
