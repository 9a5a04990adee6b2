import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import { refreshPartnerActivity } from './refresh-activity';
import type { CreateCommunicationBody } from './types';

/**
 * Logs a conversation and its follow-ups in one request. The views that show them refresh in the background, so
 * the dialog closes the moment the API has saved it.
 */
export function useLogCommunication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCommunicationBody) => unwrap(apiClient.POST('/api/v1/communications', { body })),
    onSuccess: (saved) => {
      void refreshPartnerActivity(queryClient, saved.partnerId);
    },
  });
}
