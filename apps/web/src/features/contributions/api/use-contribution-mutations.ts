import { useMutation } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import { useRefreshAfterWrite } from '../../value/shared/use-refresh-after-write';
import { contributionsKeys } from './contributions-queries';
import type { CreateContributionBody, UpdateContributionBody } from './types';

const useRefreshContributions = () => useRefreshAfterWrite(contributionsKeys.all);

export function useCreateContribution() {
  const { afterWrite } = useRefreshContributions();
  return useMutation({
    mutationFn: (body: CreateContributionBody) => unwrap(apiClient.POST('/api/v1/contributions', { body })),
    onSuccess: afterWrite,
  });
}

export function useUpdateContribution() {
  const { afterWrite, reload } = useRefreshContributions();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateContributionBody & { id: string }) =>
      unwrap(apiClient.PATCH('/api/v1/contributions/{id}', { params: { path: { id } }, body })),
    onSuccess: afterWrite,
    onError: reload,
  });
}

export function useArchiveContribution() {
  const { afterWrite, reload } = useRefreshContributions();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(apiClient.POST('/api/v1/contributions/{id}/archive', { params: { path: { id } }, body: { version } })),
    onSuccess: afterWrite,
    onError: reload,
  });
}

export function useRestoreContribution() {
  const { afterWrite, reload } = useRefreshContributions();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(apiClient.POST('/api/v1/contributions/{id}/restore', { params: { path: { id } }, body: { version } })),
    onSuccess: afterWrite,
    onError: reload,
  });
}
