import { useCurrentUser } from '../../auth/hooks/use-me';
import { mayArchiveRecord } from '../partner-permissions';

/**
 * For a partner's records (contacts, goals, agreements): whether the signed-in person may archive and restore
 * one. The API decides; this only hides buttons that would be refused.
 */
export function useMayArchive(): (record: { createdBy: string | null }) => boolean {
  const me = useCurrentUser();
  return (record) => mayArchiveRecord(me, record);
}
