import { queryOptions } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';

/** A partnership rarely has more than a few dozen live follow-ups; one page of the maximum size shows them all. */
export const COMMITMENTS_PAGE_SIZE = 100;

export const commitmentsKeys = {
  all: ['commitments'] as const,
  partner: (partnerId: string) => [...commitmentsKeys.all, 'partner', partnerId] as const,
  program: (programId: string) => [...commitmentsKeys.all, 'program', programId] as const,
};

/** The partner's live follow-ups, by due date (the tab puts open ones first). */
export function partnerCommitmentsQueryOptions(partnerId: string) {
  return queryOptions({
    queryKey: commitmentsKeys.partner(partnerId),
    queryFn: ({ signal }) =>
      unwrap(
        apiClient.GET('/api/v1/commitments', {
          params: { query: { partnerId, limit: COMMITMENTS_PAGE_SIZE, sort: 'dueOn' } },
          signal,
        }),
      ),
  });
}

/** A program's duties (follow-ups linked to it, each owed by or for one of its partners), by due date. */
export function programCommitmentsQueryOptions(programId: string) {
  return queryOptions({
    queryKey: commitmentsKeys.program(programId),
    queryFn: ({ signal }) =>
      unwrap(
        apiClient.GET('/api/v1/commitments', {
          params: { query: { programId, limit: COMMITMENTS_PAGE_SIZE, sort: 'dueOn' } },
          signal,
        }),
      ),
  });
}
