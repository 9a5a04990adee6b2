import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import { refreshPartnerRecords } from '../../partners/api/refresh-partner-records';
import { searchKeys } from '../../search/api/search-queries';
import { contactsKeys } from './contacts-queries';
import type { CreateContactBody, UpdateContactBody } from './types';

/**
 * Every write refreshes the partner's contacts, the partner (its primary contact) and its timeline; search
 * results name contacts too, so they are marked stale.
 */
function useRefreshContacts(partnerId: string) {
  const queryClient = useQueryClient();
  return {
    afterWrite: () =>
      Promise.all([
        refreshPartnerRecords(queryClient, partnerId, contactsKeys.partner(partnerId)),
        queryClient.invalidateQueries({ queryKey: searchKeys.all, refetchType: 'none' }),
      ]),
    // A 409 means our copy is stale: fetch the latest so "Reload" shows it at once.
    reload: () => queryClient.invalidateQueries({ queryKey: contactsKeys.partner(partnerId) }),
  };
}

export function useCreateContact(partnerId: string) {
  const { afterWrite } = useRefreshContacts(partnerId);
  return useMutation({
    mutationFn: (body: CreateContactBody) =>
      unwrap(apiClient.POST('/api/v1/partners/{id}/contacts', { params: { path: { id: partnerId } }, body })),
    onSuccess: afterWrite,
  });
}

export function useUpdateContact(partnerId: string) {
  const { afterWrite, reload } = useRefreshContacts(partnerId);
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateContactBody & { id: string }) =>
      unwrap(apiClient.PATCH('/api/v1/contacts/{id}', { params: { path: { id } }, body })),
    onSuccess: afterWrite,
    onError: reload,
  });
}

export function useArchiveContact(partnerId: string) {
  const { afterWrite, reload } = useRefreshContacts(partnerId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(apiClient.POST('/api/v1/contacts/{id}/archive', { params: { path: { id } }, body: { version } })),
    onSuccess: afterWrite,
    onError: reload,
  });
}

export function useRestoreContact(partnerId: string) {
  const { afterWrite, reload } = useRefreshContacts(partnerId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(apiClient.POST('/api/v1/contacts/{id}/restore', { params: { path: { id } }, body: { version } })),
    onSuccess: afterWrite,
    onError: reload,
  });
}
