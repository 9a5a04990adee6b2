import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import { communicationsKeys } from './communications-queries';
import { refreshPartnerActivity } from './refresh-activity';
import type { Communication, UpdateCommunicationBody } from './types';

/**
 * Saves an edit to a logged conversation (its author or a manager). The views that show it refresh; a refusal
 * (409: someone else saved first) leaves the form as typed, and "Reload" fetches the latest version.
 */
export function useUpdateCommunication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateCommunicationBody & { id: string }) =>
      unwrap(apiClient.PATCH('/api/v1/communications/{id}', { params: { path: { id } }, body })),
    onSuccess: (saved) => {
      queryClient.setQueryData<Communication>(communicationsKeys.detail(saved.id), saved);
      void refreshPartnerActivity(queryClient, saved.partnerId);
    },
  });
}

/** Archives a logged conversation, sending the version the person saw; it leaves the timeline and the home page. */
export function useArchiveCommunication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(apiClient.POST('/api/v1/communications/{id}/archive', { params: { path: { id } }, body: { version } })),
    onSuccess: (saved) => {
      queryClient.setQueryData<Communication>(communicationsKeys.detail(saved.id), saved);
      void refreshPartnerActivity(queryClient, saved.partnerId);
    },
    onError: (_error, { id }) => queryClient.invalidateQueries({ queryKey: communicationsKeys.detail(id) }),
  });
}

/** Brings an archived conversation back, sending the version it has now; it returns to the timeline and the home page. */
export function useRestoreCommunication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(apiClient.POST('/api/v1/communications/{id}/restore', { params: { path: { id } }, body: { version } })),
    onSuccess: (saved) => {
      queryClient.setQueryData<Communication>(communicationsKeys.detail(saved.id), saved);
      void refreshPartnerActivity(queryClient, saved.partnerId);
    },
    onError: (_error, { id }) => queryClient.invalidateQueries({ queryKey: communicationsKeys.detail(id) }),
  });
}
