import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import type { CreatePartnerBody, Partner, UpdatePartnerBody } from '../../../lib/api-types';
import { partnersKeys } from './partners-queries';

/**
 * After a write: the saved partner is the detail at once (no loading flash on the page we go to), and every list
 * and this partner's timeline refetch. Returning the promise keeps the mutation pending until lists are fresh.
 */
function refreshAfterWrite(queryClient: QueryClient, partner: Partner): Promise<unknown> {
  queryClient.setQueryData(partnersKeys.detail(partner.id), partner);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: partnersKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: partnersKeys.timeline(partner.id) }),
  ]);
}

export function useCreatePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePartnerBody) => unwrap(apiClient.POST('/api/v1/partners', { body })),
    onSuccess: (partner) => refreshAfterWrite(queryClient, partner),
  });
}

export function useUpdatePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdatePartnerBody & { id: string }) =>
      unwrap(apiClient.PATCH('/api/v1/partners/{id}', { params: { path: { id } }, body })),
    onSuccess: (partner) => refreshAfterWrite(queryClient, partner),
  });
}

export function useArchivePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(apiClient.POST('/api/v1/partners/{id}/archive', { params: { path: { id } }, body: { version } })),
    onSuccess: (partner) => refreshAfterWrite(queryClient, partner),
    // A conflict means our copy is stale: fetch the latest so "reload" has it.
    onError: (_error, { id }) => queryClient.invalidateQueries({ queryKey: partnersKeys.detail(id) }),
  });
}

export function useRestorePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(apiClient.POST('/api/v1/partners/{id}/restore', { params: { path: { id } }, body: { version } })),
    onSuccess: (partner) => refreshAfterWrite(queryClient, partner),
    onError: (_error, { id }) => queryClient.invalidateQueries({ queryKey: partnersKeys.detail(id) }),
  });
}
