import { useQueryClient } from '@tanstack/react-query';
import { ArchivedBanner } from '../../../components/ui/archived-banner';
import { notifySuccess } from '../../../components/ui/notify';
import type { Partner } from '../../../lib/api-types';
import { partnersKeys } from '../api/partners-queries';
import { useRestorePartner } from '../api/use-partner-mutations';
import { ARCHIVE_NOT_ALLOWED } from '../partner-permissions';

/** Says plainly that the partner is archived, and offers Restore to those allowed. */
export function PartnerArchivedBanner({ partner, mayRestore }: { partner: Partner; mayRestore: boolean }) {
  const restore = useRestorePartner();
  const queryClient = useQueryClient();
  if (!partner.archivedAt) return null;

  return (
    <ArchivedBanner
      record="partner"
      archivedAt={partner.archivedAt}
      consequence="It is hidden from the partner lists and the board; everything recorded about it is kept."
      mayRestore={mayRestore}
      notAllowed={ARCHIVE_NOT_ALLOWED}
      restore={restore}
      onRestore={() =>
        restore.mutate({ id: partner.id, version: partner.version }, { onSuccess: (saved) => notifySuccess(`${saved.name} is restored`) })
      }
      onReload={() => void queryClient.invalidateQueries({ queryKey: partnersKeys.detail(partner.id) })}
    />
  );
}
