import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import type { ContributionsQuery } from './types';

export const CONTRIBUTIONS_PAGE_SIZE = 50;

/** Where a ledger is shown: a program's page or a partner's. */
export interface LedgerScope {
  programId?: string;
  partnerId?: string;
}

export const contributionsKeys = {
  all: ['contributions'] as const,
  lists: () => [...contributionsKeys.all, 'list'] as const,
  list: (query: ContributionsQuery) => [...contributionsKeys.lists(), query] as const,
};

export function contributionsQueryOptions(query: ContributionsQuery) {
  return queryOptions({
    queryKey: contributionsKeys.list(query),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/v1/contributions', { params: { query }, signal })),
    // A new filter keeps the current ledger on screen until the next one arrives (instant lists, no jumping).
    placeholderData: keepPreviousData,
  });
}
