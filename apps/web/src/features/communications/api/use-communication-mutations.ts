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

/**
 * Archives a logged conversation (it leaves the timeline and the home page) or restores an archived one, sending the
 * version the person saw.
 */
function useCommunicationArchiving(change: 'archive' | 'restore') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => {
      const request = { params: { path: { id } }, body: { version } };
      return unwrap(
        change === 'archive'
          ? apiClient.POST('/api/v1/communications/{id}/archive', request)
          : apiClient.POST('/api/v1/communications/{id}/restore', request),
      );
    },
    onSuccess: (saved) => {
      queryClient.setQueryData<Communication>(communicationsKeys.detail(saved.id), saved);
      void refreshPartnerActivity(queryClient, saved.partnerId);
    },
    onError: (_error, { id }) => queryClient.invalidateQueries({ queryKey: communicationsKeys.detail(id) }),
  });
}

export const useArchiveCommunication = () => useCommunicationArchiving('archive');
export const useRestoreCommunication = () => useCommunicationArchiving('restore');
