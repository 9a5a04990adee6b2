import { roleAtLeast } from '@common-ground/domain';
import { useCurrentUser } from '../../auth/hooks/use-me';

/**
 * The permission matrix (DOMAIN.md): librarians archive and restore only what they created; managers and
 * administrators anything. The API decides; this only hides buttons that would be refused.
 */
export function useMayArchive(): (record: { createdBy: string | null }) => boolean {
  const me = useCurrentUser();
  return (record) => roleAtLeast(me.role, 'manager') || record.createdBy === me.id;
}
