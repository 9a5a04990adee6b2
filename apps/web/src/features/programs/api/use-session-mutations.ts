import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import { fetchAllSessions, programsKeys } from './programs-queries';
import { refreshProgramSummary } from './use-program-mutations';
import type { ProgramSessionPage, SessionGridBody } from './types';

/**
 * Saves the attendance grid in one request. The answer is the program's sessions (the first page): when that is
 * all of them it becomes the grid at once; otherwise every session is read again before the mutation settles, so
 * the grid never shows a new row without its id (a second Save would add it twice).
 */
export function useSaveSessionGrid(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: SessionGridBody): Promise<ProgramSessionPage> => {
      const saved = await unwrap(apiClient.PUT('/api/v1/programs/{id}/sessions', { params: { path: { id: programId } }, body }));
      return saved.items.length >= saved.total ? saved : fetchAllSessions(programId);
    },
    onSuccess: (sessions) => {
      queryClient.setQueryData(programsKeys.sessions(programId), sessions);
      return refreshProgramSummary(queryClient, programId);
    },
  });
}

export function useArchiveSession(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(apiClient.POST('/api/v1/program-sessions/{id}/archive', { params: { path: { id } }, body: { version } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: programsKeys.sessions(programId) }),
        refreshProgramSummary(queryClient, programId),
      ]),
  });
}
