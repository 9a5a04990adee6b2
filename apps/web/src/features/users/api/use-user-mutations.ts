import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import type { CreateUserBody, UpdateUserBody, User } from '../../../lib/api-types';
import { authKeys, meQueryOptions } from '../../auth/api/auth-queries';
import { usersKeys } from './users-queries';

/**
 * Every write refreshes the users lists; returning the promise keeps the mutation pending until the list has
 * the new data, so controls never flick back to the old value. A change to your own account refreshes "me".
 */
function refreshAfterWrite(queryClient: QueryClient, user?: User): Promise<unknown> {
  const refreshes: Promise<unknown>[] = [queryClient.invalidateQueries({ queryKey: usersKeys.all })];
  const me = queryClient.getQueryData(meQueryOptions().queryKey);
  if (user && me && me.id === user.id) refreshes.push(queryClient.invalidateQueries({ queryKey: authKeys.me() }));
  return Promise.all(refreshes);
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) => unwrap(apiClient.POST('/api/v1/users', { body })),
    onSuccess: () => refreshAfterWrite(queryClient),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateUserBody & { id: string }) =>
      unwrap(apiClient.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body })),
    onSuccess: (user) => refreshAfterWrite(queryClient, user),
    // A 409 means our copy is stale: refresh it so "reload" shows the latest straight away.
    onError: () => queryClient.invalidateQueries({ queryKey: usersKeys.all }),
  });
}

export function useDeactivateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(apiClient.POST('/api/v1/users/{id}/deactivate', { params: { path: { id } }, body: { version } })),
    onSuccess: (user) => refreshAfterWrite(queryClient, user),
  });
}

export function useReactivateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(apiClient.POST('/api/v1/users/{id}/reactivate', { params: { path: { id } }, body: { version } })),
    onSuccess: (user) => refreshAfterWrite(queryClient, user),
  });
}
