import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import { programsKeys } from './programs-queries';
import type { CreateProgramBody, Program, UpdateProgramBody } from './types';

/**
 * After a write: the saved program is the detail at once (no loading flash on the page we go to), and every list
 * and calendar refetch. Partners' timelines and value views may show the program, so theirs refetch too.
 */
export function refreshAfterProgramWrite(queryClient: QueryClient, program: Program): Promise<unknown> {
  queryClient.setQueryData(programsKeys.detail(program.id), program);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: programsKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: programsKeys.calendars() }),
    queryClient.invalidateQueries({ queryKey: ['partners', 'timeline'] }),
  ]);
}

/** The program's header totals and partners follow its sessions and roles; lists and the calendar too. */
export function refreshProgramSummary(queryClient: QueryClient, programId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: programsKeys.detail(programId) }),
    queryClient.invalidateQueries({ queryKey: programsKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: programsKeys.calendars() }),
  ]);
}

export function useCreateProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProgramBody) => unwrap(apiClient.POST('/api/v1/programs', { body })),
    onSuccess: (program) => refreshAfterProgramWrite(queryClient, program),
  });
}

export function useUpdateProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateProgramBody & { id: string }) =>
      unwrap(apiClient.PATCH('/api/v1/programs/{id}', { params: { path: { id } }, body })),
    onSuccess: (program) => refreshAfterProgramWrite(queryClient, program),
  });
}

export function useArchiveProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(apiClient.POST('/api/v1/programs/{id}/archive', { params: { path: { id } }, body: { version } })),
    onSuccess: (program) => refreshAfterProgramWrite(queryClient, program),
    // A conflict means our copy is stale: fetch the latest so "Reload" has it.
    onError: (_error, { id }) => queryClient.invalidateQueries({ queryKey: programsKeys.detail(id) }),
  });
}

export function useRestoreProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(apiClient.POST('/api/v1/programs/{id}/restore', { params: { path: { id } }, body: { version } })),
    onSuccess: (program) => refreshAfterProgramWrite(queryClient, program),
    onError: (_error, { id }) => queryClient.invalidateQueries({ queryKey: programsKeys.detail(id) }),
  });
}
