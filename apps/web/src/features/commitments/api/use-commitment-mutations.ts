import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import { refreshPartnerActivity } from '../../communications/api/refresh-activity';
import { myDayKeys } from '../../home/api/my-day-queries';
import type { MyDay } from '../../home/api/types';
import type { Commitment, CreateCommitmentBody, UpdateCommitmentBody } from './types';

export function useCreateCommitment(partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCommitmentBody) => unwrap(apiClient.POST('/api/v1/commitments', { body })),
    onSuccess: () => refreshPartnerActivity(queryClient, partnerId),
  });
}

/**
 * Any change to a follow-up (done, missed, cancelled, reopened). A 409 means our copy is stale: the views are
 * refreshed either way, so "someone else changed it" is followed at once by what they changed it to.
 */
export function useUpdateCommitment(partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateCommitmentBody & { id: string }) =>
      unwrap(apiClient.PATCH('/api/v1/commitments/{id}', { params: { path: { id } }, body })),
    onSettled: () => refreshPartnerActivity(queryClient, partnerId),
  });
}

interface DoneContext {
  snapshot: MyDay | undefined;
}

/**
 * "Done" on the home page: the follow-up leaves the list at once (optimistic) and comes back if the API refuses.
 * Whatever happens, the home page and the partner's views refetch afterwards.
 */
export function useMarkFollowUpDone() {
  const queryClient = useQueryClient();
  return useMutation<Commitment, Error, Commitment, DoneContext>({
    mutationFn: (commitment) =>
      unwrap(
        apiClient.PATCH('/api/v1/commitments/{id}', {
          params: { path: { id: commitment.id } },
          body: { version: commitment.version, status: 'done' },
        }),
      ),
    onMutate: async (commitment) => {
      await queryClient.cancelQueries({ queryKey: myDayKeys.all });
      const snapshot = queryClient.getQueryData<MyDay>(myDayKeys.all);
      queryClient.setQueryData<MyDay>(myDayKeys.all, (day) =>
        day && {
          ...day,
          overdueFollowUps: day.overdueFollowUps.filter((item) => item.id !== commitment.id),
          dueThisWeek: day.dueThisWeek.filter((item) => item.id !== commitment.id),
        },
      );
      return { snapshot };
    },
    onError: (_error, _commitment, context) => {
      if (context?.snapshot) queryClient.setQueryData(myDayKeys.all, context.snapshot);
    },
    onSettled: (_data, _error, commitment) => refreshPartnerActivity(queryClient, commitment.partnerId),
  });
}
