import { useQuery } from '@tanstack/react-query';
import type { Me } from '../../../lib/api-types';
import { staffDirectoryQueryOptions } from '../../users/api/users-queries';

/**
 * Active staff as `{ value, label }` options, for choosing a liaison or filtering by one. Every role may read the
 * staff directory; `available` stays for callers that show a fallback while it loads or if it fails.
 */
export function useStaffOptions(_me: Me) {
  const staff = useQuery(staffDirectoryQueryOptions());
  const options = (staff.data?.items ?? []).map((person) => ({ value: person.id, label: person.name }));
  return { available: staff.isSuccess, options, isPending: staff.isPending, isError: staff.isError };
}
