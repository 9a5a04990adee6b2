import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import { valueKeys } from '../../value/api/value-queries';
import type { CreateOutcomeBody, UpdateOutcomeBody } from './types';

/** A program has at most a few results per measure and timing: one page of the maximum size shows them all. */
export const OUTCOMES_PAGE_SIZE = 100;

export const outcomesKeys = {
  all: ['outcomes'] as const,
  program: (programId: string) => [...outcomesKeys.all, 'program', programId] as const,
  list: (programId: string, archived: 'false' | 'all') => [...outcomesKeys.program(programId), { archived }] as const,
  sessions: (programId: string) => [...outcomesKeys.all, 'sessions', programId] as const,
};

export function programOutcomesQueryOptions(programId: string, archived: 'false' | 'all') {
  return queryOptions({
    queryKey: outcomesKeys.list(programId, archived),
    queryFn: ({ signal }) =>
      unwrap(apiClient.GET('/api/v1/programs/{id}/outcomes', { params: { path: { id: programId }, query: { archived, limit: OUTCOMES_PAGE_SIZE } }, signal })),
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === programId ? previous : undefined),
  });
}

/** The program's sessions, for "which session was surveyed" (fetched fresh when the form opens). */
export function useProgramSessions(programId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: outcomesKeys.sessions(programId),
    queryFn: ({ signal }) =>
      unwrap(apiClient.GET('/api/v1/programs/{id}/sessions', { params: { path: { id: programId }, query: { limit: 100 } }, signal })),
    staleTime: 0,
  });
}

function useRefreshOutcomes(programId: string) {
  const queryClient = useQueryClient();
  return {
    afterWrite: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: outcomesKeys.program(programId) }),
        queryClient.invalidateQueries({ queryKey: valueKeys.all }),
      ]),
    // A 409 means our copy is stale: fetch the latest so "Reload" shows it at once.
    reload: () => queryClient.invalidateQueries({ queryKey: outcomesKeys.program(programId) }),
  };
}

export function useCreateOutcome(programId: string) {
  const { afterWrite } = useRefreshOutcomes(programId);
  return useMutation({
    mutationFn: (body: CreateOutcomeBody) =>
      unwrap(apiClient.POST('/api/v1/programs/{id}/outcomes', { params: { path: { id: programId } }, body })),
    onSuccess: afterWrite,
  });
}

export function useUpdateOutcome(programId: string) {
  const { afterWrite, reload } = useRefreshOutcomes(programId);
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateOutcomeBody & { id: string }) =>
      unwrap(apiClient.PATCH('/api/v1/outcome-results/{id}', { params: { path: { id } }, body })),
    onSuccess: afterWrite,
    onError: reload,
  });
}

export function useArchiveOutcome(programId: string) {
  const { afterWrite, reload } = useRefreshOutcomes(programId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(apiClient.POST('/api/v1/outcome-results/{id}/archive', { params: { path: { id } }, body: { version } })),
    onSuccess: afterWrite,
    onError: reload,
  });
}

export function useRestoreOutcome(programId: string) {
  const { afterWrite, reload } = useRefreshOutcomes(programId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(apiClient.POST('/api/v1/outcome-results/{id}/restore', { params: { path: { id } }, body: { version } })),
    onSuccess: afterWrite,
    onError: reload,
  });
}
