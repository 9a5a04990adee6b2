import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import { refreshPartnerRecords } from '../../partners/api/refresh-partner-records';
import { agreementsKeys } from './agreements-queries';
import type { CreateAgreementBody, UpdateAgreementBody } from './types';

/** Every write refreshes the partner's agreements, the partner (its next review date) and its timeline. */
function useRefreshAgreements(partnerId: string) {
  const queryClient = useQueryClient();
  return {
    afterWrite: () => refreshPartnerRecords(queryClient, partnerId, agreementsKeys.partner(partnerId)),
    // A 409 means our copy is stale: fetch the latest so "Reload" shows it at once.
    reload: () => queryClient.invalidateQueries({ queryKey: agreementsKeys.partner(partnerId) }),
  };
}

export function useCreateAgreement(partnerId: string) {
  const { afterWrite } = useRefreshAgreements(partnerId);
  return useMutation({
    mutationFn: (body: CreateAgreementBody) =>
      unwrap(apiClient.POST('/api/v1/partners/{id}/agreements', { params: { path: { id: partnerId } }, body })),
    onSuccess: afterWrite,
  });
}

export function useUpdateAgreement(partnerId: string) {
  const { afterWrite, reload } = useRefreshAgreements(partnerId);
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateAgreementBody & { id: string }) =>
      unwrap(apiClient.PATCH('/api/v1/agreements/{id}', { params: { path: { id } }, body })),
    onSuccess: afterWrite,
    onError: reload,
  });
}

export function useArchiveAgreement(partnerId: string) {
  const { afterWrite, reload } = useRefreshAgreements(partnerId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(apiClient.POST('/api/v1/agreements/{id}/archive', { params: { path: { id } }, body: { version } })),
    onSuccess: afterWrite,
    onError: reload,
  });
}

export function useRestoreAgreement(partnerId: string) {
  const { afterWrite, reload } = useRefreshAgreements(partnerId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(apiClient.POST('/api/v1/agreements/{id}/restore', { params: { path: { id } }, body: { version } })),
    onSuccess: afterWrite,
    onError: reload,
  });
}
