import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import type { UsersListQuery } from '../../../lib/api-types';

export const usersKeys = {
  all: ['users'] as const,
  lists: () => [...usersKeys.all, 'list'] as const,
  list: (params: UsersListQuery) => [...usersKeys.lists(), params] as const,
  details: () => [...usersKeys.all, 'detail'] as const,
  detail: (id: string) => [...usersKeys.details(), id] as const,
  directory: () => [...usersKeys.all, 'directory'] as const,
};

/** Active colleagues (name and role) for any signed-in role; a library's whole staff fits in one page of 100. */
export function staffDirectoryQueryOptions() {
  return queryOptions({
    queryKey: usersKeys.directory(),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/v1/staff', { params: { query: { limit: 100 } }, signal })),
    staleTime: 5 * 60_000,
  });
}

export function usersListQueryOptions(params: UsersListQuery) {
  return queryOptions({
    queryKey: usersKeys.list(params),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/v1/users', { params: { query: params }, signal })),
    // Keep showing the last results while the next search loads, so the list does not flash empty as you type.
    placeholderData: keepPreviousData,
  });
}

export function userQueryOptions(id: string) {
  return queryOptions({
    queryKey: usersKeys.detail(id),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/v1/users/{id}', { params: { path: { id } }, signal })),
  });
}
