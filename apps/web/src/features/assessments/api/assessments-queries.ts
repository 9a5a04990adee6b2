import { queryOptions } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';

export const assessmentKeys = {
  all: ['assessments'] as const,
  items: () => [...assessmentKeys.all, 'items'] as const,
  partner: (partnerId: string) => [...assessmentKeys.all, 'partner', partnerId] as const,
  publicForm: (token: string) => [...assessmentKeys.all, 'public', token] as const,
};

export function assessmentItemsQueryOptions() {
  return queryOptions({
    queryKey: assessmentKeys.items(),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/v1/assessment-items', { signal })),
    // The item bank changes only with a release.
    staleTime: Infinity,
  });
}

export function partnerAssessmentsQueryOptions(partnerId: string) {
  return queryOptions({
    queryKey: assessmentKeys.partner(partnerId),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/v1/partners/{id}/assessments', { params: { path: { id: partnerId } }, signal })),
  });
}

/** The partner's form behind a link: no session, never a staff route. A 404 or 410 is an answer, not worth retrying. */
export function publicAssessmentQueryOptions(token: string) {
  return queryOptions({
    queryKey: assessmentKeys.publicForm(token),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/v1/public/assessments/{token}', { params: { path: { token } }, signal })),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
