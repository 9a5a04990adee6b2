import { useMutation } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';

export function useSignOut() {
  return useMutation({
    mutationFn: () => unwrap(apiClient.POST('/api/v1/auth/logout')),
    onSuccess: () => {
      // A full page load, not a route change: it wipes every cached record and any in-flight request
      // in one step, which matters on a shared branch computer.
      window.location.assign('/sign-in');
    },
  });
}
