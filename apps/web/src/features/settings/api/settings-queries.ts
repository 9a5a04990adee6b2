import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import type { UpdateSettingsBody } from './types';

export const settingsKeys = {
  all: ['settings'] as const,
};

/** The library's settings: every staff member may read them (the volunteer-hour rate previews contributions). */
export function settingsQueryOptions() {
  return queryOptions({
    queryKey: settingsKeys.all,
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/v1/settings', { signal })),
  });
}

/** Managers and administrators change them, with the version they read (a stale one gets 409). */
export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateSettingsBody) => unwrap(apiClient.PATCH('/api/v1/settings', { body })),
    onSuccess: (saved) => queryClient.setQueryData(settingsKeys.all, saved),
  });
}
