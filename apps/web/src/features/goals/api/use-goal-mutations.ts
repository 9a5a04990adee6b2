import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import { refreshPartnerRecords } from '../../partners/api/refresh-partner-records';
import { goalsKeys } from './goals-queries';
import type { CreateGoalBody, UpdateGoalBody } from './types';

/** Every write refreshes the partner's goals, the partner (its next review date) and its timeline. */
function useRefreshGoals(partnerId: string) {
  const queryClient = useQueryClient();
  return {
    afterWrite: () => refreshPartnerRecords(queryClient, partnerId, goalsKeys.partner(partnerId)),
    // A 409 means our copy is stale: fetch the latest so "Reload" shows it at once.
    reload: () => queryClient.invalidateQueries({ queryKey: goalsKeys.partner(partnerId) }),
  };
}

export function useCreateGoal(partnerId: string) {
  const { afterWrite } = useRefreshGoals(partnerId);
  return useMutation({
    mutationFn: (body: CreateGoalBody) =>
      unwrap(apiClient.POST('/api/v1/partners/{id}/goals', { params: { path: { id: partnerId } }, body })),
    onSuccess: afterWrite,
  });
}

export function useUpdateGoal(partnerId: string) {
  const { afterWrite, reload } = useRefreshGoals(partnerId);
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateGoalBody & { id: string }) =>
      unwrap(apiClient.PATCH('/api/v1/goals/{id}', { params: { path: { id } }, body })),
    onSuccess: afterWrite,
    onError: reload,
  });
}

export function useArchiveGoal(partnerId: string) {
  const { afterWrite, reload } = useRefreshGoals(partnerId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(apiClient.POST('/api/v1/goals/{id}/archive', { params: { path: { id } }, body: { version } })),
    onSuccess: afterWrite,
    onError: reload,
  });
}

export function useRestoreGoal(partnerId: string) {
  const { afterWrite, reload } = useRefreshGoals(partnerId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(apiClient.POST('/api/v1/goals/{id}/restore', { params: { path: { id } }, body: { version } })),
    onSuccess: afterWrite,
    onError: reload,
  });
}
