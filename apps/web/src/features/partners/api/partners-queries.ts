import type { PartnerStage } from '@common-ground/domain';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import type { PartnersListQuery } from '../../../lib/api-types';

/** Every partners query key starts with `partnersKeys.all`, so one invalidation can reach them all. */
export const partnersKeys = {
  all: ['partners'] as const,
  lists: () => [...partnersKeys.all, 'list'] as const,
  list: (params: PartnersListQuery) => [...partnersKeys.lists(), params] as const,
  details: () => [...partnersKeys.all, 'detail'] as const,
  detail: (id: string) => [...partnersKeys.details(), id] as const,
  timelines: () => [...partnersKeys.all, 'timeline'] as const,
  /** Prefix of one partner's timeline; the timeline tab appends its own paging parameters. */
  timeline: (id: string) => [...partnersKeys.timelines(), id] as const,
};

export function partnersListQueryOptions(params: PartnersListQuery) {
  return queryOptions({
    queryKey: partnersKeys.list(params),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/v1/partners', { params: { query: params }, signal })),
    // Keep the last results on screen while the next search loads: the list never flashes empty as you type.
    placeholderData: keepPreviousData,
  });
}

export function partnerQueryOptions(id: string) {
  return queryOptions({
    queryKey: partnersKeys.detail(id),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/v1/partners/{id}', { params: { path: { id } }, signal })),
  });
}

/** How many partners one board column shows; the rest are behind "and N more". */
export const BOARD_COLUMN_LIMIT = 100;

/** One board column: the live partners at a stage, by name. The board's optimistic moves edit these entries. */
export function boardColumnQuery(stage: PartnerStage): PartnersListQuery {
  return { stage: [stage], limit: BOARD_COLUMN_LIMIT, sort: 'name' };
}

export function boardColumnQueryOptions(stage: PartnerStage) {
  return queryOptions({
    queryKey: partnersKeys.list(boardColumnQuery(stage)),
    queryFn: ({ signal }) =>
      unwrap(apiClient.GET('/api/v1/partners', { params: { query: boardColumnQuery(stage) }, signal })),
  });
}
