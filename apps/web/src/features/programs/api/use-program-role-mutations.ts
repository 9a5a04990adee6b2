import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import { programsKeys } from './programs-queries';
import { refreshProgramSummary } from './use-program-mutations';
import type { CreateProgramRoleBody, UpdateProgramRoleBody } from './types';

/** Every role write refreshes the program's roles, its header (partners) and the lists; the partner's timeline too. */
function useRefreshRoles(programId: string) {
  const queryClient = useQueryClient();
  return {
    afterWrite: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: programsKeys.roles(programId) }),
        refreshProgramSummary(queryClient, programId),
        queryClient.invalidateQueries({ queryKey: ['partners', 'timeline'] }),
      ]),
    // A 409 means our copy is stale: fetch the latest so "Reload" shows it at once.
    reload: () => queryClient.invalidateQueries({ queryKey: programsKeys.roles(programId) }),
  };
}

export function useCreateProgramRole(programId: string) {
  const { afterWrite } = useRefreshRoles(programId);
  return useMutation({
    mutationFn: (body: CreateProgramRoleBody) =>
      unwrap(apiClient.POST('/api/v1/programs/{id}/roles', { params: { path: { id: programId } }, body })),
    onSuccess: afterWrite,
  });
}

export function useUpdateProgramRole(programId: string) {
  const { afterWrite, reload } = useRefreshRoles(programId);
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateProgramRoleBody & { id: string }) =>
      unwrap(apiClient.PATCH('/api/v1/program-roles/{id}', { params: { path: { id } }, body })),
    onSuccess: afterWrite,
    onError: reload,
  });
}

export function useArchiveProgramRole(programId: string) {
  const { afterWrite, reload } = useRefreshRoles(programId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(apiClient.POST('/api/v1/program-roles/{id}/archive', { params: { path: { id } }, body: { version } })),
    onSuccess: afterWrite,
    onError: reload,
  });
}

export function useRestoreProgramRole(programId: string) {
  const { afterWrite, reload } = useRefreshRoles(programId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(apiClient.POST('/api/v1/program-roles/{id}/restore', { params: { path: { id } }, body: { version } })),
    onSuccess: afterWrite,
    onError: reload,
  });
}
