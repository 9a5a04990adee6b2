import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../lib/api-client';
import type { ArchivedFilter, ProgramSession, ProgramSessionPage, ProgramsListQuery } from './types';

/** Every programs query key starts with `programsKeys.all`, so one invalidation can reach them all. */
export const programsKeys = {
  all: ['programs'] as const,
  lists: () => [...programsKeys.all, 'list'] as const,
  list: (params: ProgramsListQuery) => [...programsKeys.lists(), params] as const,
  calendars: () => [...programsKeys.all, 'calendar'] as const,
  calendar: (month: string) => [...programsKeys.calendars(), month] as const,
  details: () => [...programsKeys.all, 'detail'] as const,
  detail: (id: string) => [...programsKeys.details(), id] as const,
  /** Prefix of a program's roles (any archived filter). */
  roles: (id: string) => [...programsKeys.all, 'roles', id] as const,
  rolesBy: (id: string, archived: ArchivedFilter) => [...programsKeys.roles(id), { archived }] as const,
  sessions: (id: string) => [...programsKeys.all, 'sessions', id] as const,
};

export function programsListQueryOptions(params: ProgramsListQuery) {
  return queryOptions({
    queryKey: programsKeys.list(params),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/v1/programs', { params: { query: params }, signal })),
    // Keep the last results (and totals) on screen while the next filter loads: the list never flashes empty.
    placeholderData: keepPreviousData,
  });
}

export function programQueryOptions(id: string) {
  return queryOptions({
    queryKey: programsKeys.detail(id),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/v1/programs/{id}', { params: { path: { id } }, signal })),
  });
}

export function programCalendarQueryOptions(month: string) {
  return queryOptions({
    queryKey: programsKeys.calendar(month),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/v1/programs/calendar', { params: { query: { month } }, signal })),
  });
}

/** One page of the maximum size: a program's partners and roles fit on one screen. */
export const ROLES_PAGE_SIZE = 100;

export function programRolesQueryOptions(programId: string, archived: ArchivedFilter) {
  return queryOptions({
    queryKey: programsKeys.rolesBy(programId, archived),
    queryFn: ({ signal }) =>
      unwrap(
        apiClient.GET('/api/v1/programs/{id}/roles', {
          params: { path: { id: programId }, query: { archived, limit: ROLES_PAGE_SIZE } },
          signal,
        }),
      ),
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === programId ? previous : undefined),
  });
}

/** The API's largest page; a long series is read in several. */
export const SESSIONS_PAGE_SIZE = 100;
/** More sessions than this in one program is not a grid any more; the page says so. */
export const SESSIONS_READ_MAX = 1000;

/** Every session in use of a program, in time order (the grid shows them all at once). */
export async function fetchAllSessions(programId: string, signal?: AbortSignal): Promise<ProgramSessionPage> {
  const items: ProgramSession[] = [];
  let total = 0;
  do {
    const page = await unwrap(
      apiClient.GET('/api/v1/programs/{id}/sessions', {
        params: { path: { id: programId }, query: { limit: SESSIONS_PAGE_SIZE, offset: items.length } },
        signal,
      }),
    );
    items.push(...page.items);
    total = page.total;
    if (page.items.length === 0) break;
  } while (items.length < total && items.length < SESSIONS_READ_MAX);
  return { items, total, nextCursor: null };
}

export function programSessionsQueryOptions(programId: string) {
  return queryOptions({
    queryKey: programsKeys.sessions(programId),
    queryFn: ({ signal }) => fetchAllSessions(programId, signal),
  });
}
