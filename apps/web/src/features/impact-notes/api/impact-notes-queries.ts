import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import { partnersKeys } from '../../partners/api/partners-queries';
import { valueKeys } from '../../value/api/value-queries';
import type { CreateImpactNoteBody, ImpactNote, ImpactNotesQuery, UpdateImpactNoteBody } from './types';

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

function useRefreshNotes() {
  const queryClient = useQueryClient();
  return {
    afterWrite: (saved: ImpactNote) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: impactNotesKeys.all }),
        queryClient.invalidateQueries({ queryKey: valueKeys.all }),
        saved.partner ? queryClient.invalidateQueries({ queryKey: partnersKeys.timeline(saved.partner.id) }) : undefined,
      ]),
    reload: () => queryClient.invalidateQueries({ queryKey: impactNotesKeys.all }),
  };
}

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
