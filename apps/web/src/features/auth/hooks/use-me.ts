import { useQuery } from '@tanstack/react-query';
import type { Me } from '../../../lib/api-types';
import { meQueryOptions } from '../api/auth-queries';

export function useMe() {
  return useQuery(meQueryOptions());
}

/** For pages behind RequireAuth, which only renders once the person is known. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser is only for pages rendered inside RequireAuth.');
  return data;
}
