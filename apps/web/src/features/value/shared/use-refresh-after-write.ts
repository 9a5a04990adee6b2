import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { partnersKeys } from '../../partners/api/partners-queries';
import { valueKeys } from '../api/value-queries';

/**
 * After writing a record that the value views count and that may name a partner (a contribution, an impact note):
 * its own lists, the value views and the partner's timeline (the audit entry carries the partner). Returning the
 * promise keeps the button busy until the list shows the saved record.
 */
export function useRefreshAfterWrite(recordsKey: QueryKey) {
  const queryClient = useQueryClient();
  return {
    afterWrite: (saved: { partner: { id: string } | null }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: recordsKey }),
        queryClient.invalidateQueries({ queryKey: valueKeys.all }),
        saved.partner ? queryClient.invalidateQueries({ queryKey: partnersKeys.timeline(saved.partner.id) }) : undefined,
      ]),
    // A 409 means our copy is stale: fetch the latest so "Reload" shows it at once.
    reload: () => queryClient.invalidateQueries({ queryKey: recordsKey }),
  };
}
