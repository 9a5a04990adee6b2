import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import type { LoginBody } from '../../../lib/api-types';
import { authKeys } from './auth-queries';

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => unwrap(apiClient.POST('/api/v1/auth/login', { body })),
    onSuccess: ({ user }) => {
      // Drop anything cached for whoever used this browser before, then start from the new person.
      queryClient.clear();
      queryClient.setQueryData(authKeys.me(), user);
    },
  });
}
