import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import type { PortfolioQuery } from './types';

export const healthKeys = {
  all: ['health'] as const,
  partner: (partnerId: string, asOf: string | null) => [...healthKeys.all, 'partner', partnerId, asOf ?? 'today'] as const,
  portfolio: (query: PortfolioQuery) => [...healthKeys.all, 'portfolio', query] as const,
};

/** One partner's health as of a day (null: today, as the API decides it). */
export function partnerHealthQueryOptions(partnerId: string, asOf: string | null = null) {
  return queryOptions({
    queryKey: healthKeys.partner(partnerId, asOf),
    queryFn: ({ signal }) =>
      unwrap(
        apiClient.GET('/api/v1/partners/{id}/health', {
          params: { path: { id: partnerId }, ...(asOf ? { query: { asOf } } : {}) },
          signal,
        }),
      ),
    // Moving the "as of" day keeps the cards on screen (marked as updating) instead of flashing skeletons.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === partnerId ? previous : undefined),
  });
}

/** The manager's portfolio: one page of partners, with the panels and the distribution over the filtered set. */
export function portfolioQueryOptions(query: PortfolioQuery) {
  return queryOptions({
    queryKey: healthKeys.portfolio(query),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/v1/health/portfolio', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
