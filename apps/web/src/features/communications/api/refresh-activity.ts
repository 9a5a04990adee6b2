import type { QueryClient } from '@tanstack/react-query';
import { attentionKeys } from '../../attention/api/attention-queries';
import { commitmentsKeys } from '../../commitments/api/commitments-queries';
import { myDayKeys } from '../../home/api/my-day-queries';
import { partnersKeys } from '../../partners/api/partners-queries';
import { communicationsKeys } from './communications-queries';

/**
 * After a conversation is logged or a follow-up changes: everything that shows them refetches (the home page, the
 * partner's timeline and follow-ups, the attention list) and the partner (its last contact) is marked stale.
 */
export function refreshPartnerActivity(queryClient: QueryClient, partnerId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: myDayKeys.all }),
    queryClient.invalidateQueries({ queryKey: commitmentsKeys.all }),
    queryClient.invalidateQueries({ queryKey: attentionKeys.all }),
    queryClient.invalidateQueries({ queryKey: communicationsKeys.all }),
    queryClient.invalidateQueries({ queryKey: partnersKeys.timeline(partnerId) }),
    queryClient.invalidateQueries({ queryKey: partnersKeys.detail(partnerId) }),
    queryClient.invalidateQueries({ queryKey: partnersKeys.lists(), refetchType: 'none' }),
  ]);
}
