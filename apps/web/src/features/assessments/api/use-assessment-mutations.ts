import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import { refreshPartnerRecords } from '../../partners/api/refresh-partner-records';
import { assessmentKeys } from './assessments-queries';
import type { AnswerAssessmentBody, CreateInvitationBody } from './types';

/** A staff member's own answers; refreshes the partner's assessments, the partner and its timeline. */
export function useAnswerAssessment(partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AnswerAssessmentBody) =>
      unwrap(apiClient.POST('/api/v1/partners/{id}/assessments', { params: { path: { id: partnerId } }, body })),
    onSuccess: () => refreshPartnerRecords(queryClient, partnerId, assessmentKeys.partner(partnerId)),
  });
}

export function useCreateInvitation(partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitationBody) =>
      unwrap(apiClient.POST('/api/v1/partners/{id}/assessment-invitations', { params: { path: { id: partnerId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentKeys.partner(partnerId) }),
  });
}

/** The partner's answers through their link. */
export function useSubmitPublicAssessment(token: string) {
  return useMutation({
    mutationFn: (body: AnswerAssessmentBody) => unwrap(apiClient.POST('/api/v1/public/assessments/{token}', { params: { path: { token } }, body })),
  });
}
