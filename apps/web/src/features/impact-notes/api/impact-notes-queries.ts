import { queryOptions, useMutation } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import { useRefreshAfterWrite } from '../../value/shared/use-refresh-after-write';
import type { CreateImpactNoteBody, ImpactNotesQuery, UpdateImpactNoteBody } from './types';

export const IMPACT_NOTES_PAGE_SIZE = 100;

export const impactNotesKeys = {
  all: ['impact-notes'] as const,
  list: (query: ImpactNotesQuery) => [...impactNotesKeys.all, 'list', query] as const,
};

export function impactNotesQueryOptions(query: ImpactNotesQuery) {
  return queryOptions({
    queryKey: impactNotesKeys.list(query),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/v1/impact-notes', { params: { query }, signal })),
    placeholderData: (previous) => previous,
  });
}

const useRefreshNotes = () => useRefreshAfterWrite(impactNotesKeys.all);

export function useCreateImpactNote() {
  const { afterWrite } = useRefreshNotes();
  return useMutation({
    mutationFn: (body: CreateImpactNoteBody) => unwrap(apiClient.POST('/api/v1/impact-notes', { body })),
    onSuccess: afterWrite,
  });
}

export function useUpdateImpactNote() {
  const { afterWrite, reload } = useRefreshNotes();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateImpactNoteBody & { id: string }) =>
      unwrap(apiClient.PATCH('/api/v1/impact-notes/{id}', { params: { path: { id } }, body })),
    onSuccess: afterWrite,
    onError: reload,
  });
}

export function useArchiveImpactNote() {
  const { afterWrite, reload } = useRefreshNotes();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(apiClient.POST('/api/v1/impact-notes/{id}/archive', { params: { path: { id } }, body: { version } })),
    onSuccess: afterWrite,
    onError: reload,
  });
}

export function useRestoreImpactNote() {
  const { afterWrite, reload } = useRefreshNotes();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(apiClient.POST('/api/v1/impact-notes/{id}/restore', { params: { path: { id } }, body: { version } })),
    onSuccess: afterWrite,
    onError: reload,
  });
}
