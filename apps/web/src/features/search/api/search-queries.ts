import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';

/** Searching starts at two characters: one letter matches half the directory and helps nobody. */
export const SEARCH_MIN_LENGTH = 2;
/** Results per kind (partners, contacts). */
export const SEARCH_LIMIT = 8;

export const searchKeys = {
  all: ['search'] as const,
  query: (q: string) => [...searchKeys.all, q] as const,
};

/** The words as the API will read them: trimmed, inner spaces collapsed, so "ana " and "ana" share a cache entry. */
export function normaliseSearch(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

export function searchQueryOptions(q: string) {
  return queryOptions({
    queryKey: searchKeys.query(q),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/v1/search', { params: { query: { q, limit: SEARCH_LIMIT } }, signal })),
    enabled: q.length >= SEARCH_MIN_LENGTH,
    // Results for "rive" stay on screen while "river" loads, so the list does not flash empty as you type.
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}
