import type { PartnerStage } from '@common-ground/domain';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import type { Partner, PartnerList } from '../../../lib/api-types';
import { boardColumnQuery, partnersKeys } from './partners-queries';

interface MoveVariables {
  partner: Partner;
  stage: PartnerStage;
}

interface MoveContext {
  snapshots: [QueryKey, PartnerList | undefined][];
}

const byName = (a: Partner, b: Partner) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });

/**
 * The board's stage change: the card moves at once (optimistic), the PATCH carries the version the board showed,
 * and a failure puts the card back where it was. Either way the columns refetch afterwards.
 */
export function useMovePartnerStage() {
  const queryClient = useQueryClient();
  return useMutation<Partner, Error, MoveVariables, MoveContext>({
    mutationFn: ({ partner, stage }) =>
      unwrap(
        apiClient.PATCH('/api/v1/partners/{id}', {
          params: { path: { id: partner.id } },
          body: { version: partner.version, stage },
        }),
      ),
    onMutate: async ({ partner, stage }) => {
      const fromKey = partnersKeys.list(boardColumnQuery(partner.stage));
      const toKey = partnersKeys.list(boardColumnQuery(stage));
      await Promise.all([queryClient.cancelQueries({ queryKey: fromKey }), queryClient.cancelQueries({ queryKey: toKey })]);
      const snapshots: MoveContext['snapshots'] = [
        [fromKey, queryClient.getQueryData<PartnerList>(fromKey)],
        [toKey, queryClient.getQueryData<PartnerList>(toKey)],
      ];
      queryClient.setQueryData<PartnerList>(fromKey, (list) =>
        list && { ...list, items: list.items.filter((item) => item.id !== partner.id), total: Math.max(0, list.total - 1) },
      );
      queryClient.setQueryData<PartnerList>(toKey, (list) =>
        list && { ...list, items: [...list.items, { ...partner, stage }].sort(byName), total: list.total + 1 },
      );
      return { snapshots };
    },
    onError: (_error, _variables, context) => {
      for (const [key, data] of context?.snapshots ?? []) queryClient.setQueryData(key, data);
    },
    onSuccess: (saved) => {
      // The saved copy carries the new version, so a second move straight away is not refused as stale.
      queryClient.setQueryData(partnersKeys.detail(saved.id), saved);
      queryClient.setQueryData<PartnerList>(partnersKeys.list(boardColumnQuery(saved.stage)), (list) =>
        list && { ...list, items: list.items.map((item) => (item.id === saved.id ? saved : item)) },
      );
    },
    onSettled: (_data, _error, { partner }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: partnersKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: partnersKeys.timeline(partner.id) }),
      ]),
  });
}
