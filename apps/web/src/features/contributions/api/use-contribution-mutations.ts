import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import { partnersKeys } from '../../partners/api/partners-queries';
import { valueKeys } from '../../value/api/value-queries';
import { contributionsKeys } from './contributions-queries';
import type { Contribution, CreateContributionBody, UpdateContributionBody } from './types';

/**
 * After a write: the ledgers and their totals, the value views (they count actual contributions) and the partner's
 * timeline (the audit entry carries the partner). Returning the promise keeps the button busy until the list shows
 * the saved line.
 */
function useRefreshContributions() {
  const queryClient = useQueryClient();
  return {
    afterWrite: (saved: Contribution) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: contributionsKeys.all }),
        queryClient.invalidateQueries({ queryKey: valueKeys.all }),
        saved.partner ? queryClient.invalidateQueries({ queryKey: partnersKeys.timeline(saved.partner.id) }) : undefined,
      ]),
    // A 409 means our copy is stale: fetch the latest so "Reload" shows it at once.
    reload: () => queryClient.invalidateQueries({ queryKey: contributionsKeys.all }),
  };
}

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
