import { FOCUS_AREAS, LIBRARY_ROLES, PROGRAM_STATUSES, type FocusArea, type LibraryRole, type ProgramStatus } from '@common-ground/domain';
import { archivedFromAddress, pageFromAddress, useViewInAddress, type ArchivedView } from '../../../hooks/use-view-in-address';
import type { ProgramSort, ProgramsListQuery } from '../api/types';

export const PROGRAMS_PAGE_SIZE = 25;

/** The columns a person can sort the list by. */
export type ProgramSortField = 'title' | 'startsOn' | 'status' | 'attendance';
const SORTS: readonly ProgramSort[] = ['startsOn', '-startsOn', 'title', '-title', 'status', '-status', 'attendance', '-attendance'];
/** The API's default: the latest programs first. */
export const DEFAULT_PROGRAM_SORT: ProgramSort = '-startsOn';

export type { ArchivedView };

export interface ProgramsView {
  q: string;
  statuses: ProgramStatus[];
  /** A partner's id, '' for any partner. */
  partner: string;
  /** '' for any topic. */
  topic: FocusArea | '';
  /** 'YYYY-MM-DD' or ''. */
  from: string;
  to: string;
  libraryRole: LibraryRole | '';
  archived: ArchivedView;
  /** null: the default order (latest first). */
  sort: ProgramSort | null;
  page: number;
}

export const EMPTY_PROGRAM_FILTERS: Omit<ProgramsView, 'q' | 'sort' | 'page'> = {
  statuses: [],
  partner: '',
  topic: '',
  from: '',
  to: '',
  libraryRole: '',
  archived: 'live',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const dayOrEmpty = (value: string | null): string => (value && DAY.test(value) ? value : '');

/** Reads the view from the address, ignoring anything it does not recognise (an old or hand-edited link). */
export function parseProgramsView(params: URLSearchParams): ProgramsView {
  const sort = params.get('sort');
  const topic = params.get('topic');
  const libraryRole = params.get('libraryRole');
  const partner = params.get('partner') ?? '';
  return {
    q: params.get('q') ?? '',
    statuses: params.getAll('status').filter(PROGRAM_STATUSES.has),
    partner: UUID.test(partner) ? partner : '',
    topic: FOCUS_AREAS.has(topic) ? topic : '',
    from: dayOrEmpty(params.get('from')),
    to: dayOrEmpty(params.get('to')),
    libraryRole: LIBRARY_ROLES.has(libraryRole) ? libraryRole : '',
    archived: archivedFromAddress(params),
    sort: SORTS.find((candidate) => candidate === sort) ?? null,
    page: pageFromAddress(params),
  };
}

/** Writes the view as a short address: defaults are left out, lists repeat their key (status=a&status=b). */
export function programsViewToSearch(view: ProgramsView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.q.trim()) params.set('q', view.q.trim());
  for (const status of view.statuses) params.append('status', status);
  if (view.partner) params.set('partner', view.partner);
  if (view.topic) params.set('topic', view.topic);
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  if (view.libraryRole) params.set('libraryRole', view.libraryRole);
  if (view.archived !== 'live') params.set('archived', view.archived);
  if (view.sort && view.sort !== DEFAULT_PROGRAM_SORT) params.set('sort', view.sort);
  if (view.page > 1) params.set('page', String(view.page));
  return params;
}

/** The API query for a view: 25 a page, and the view's filters in the API's names. */
export function programsViewToQuery(view: ProgramsView): ProgramsListQuery {
  return {
    limit: PROGRAMS_PAGE_SIZE,
    offset: (view.page - 1) * PROGRAMS_PAGE_SIZE,
    ...(view.q.trim() ? { q: view.q.trim() } : {}),
    ...(view.statuses.length ? { status: view.statuses } : {}),
    ...(view.partner ? { partnerId: view.partner } : {}),
    ...(view.topic ? { topic: view.topic } : {}),
    ...(view.from ? { from: view.from } : {}),
    ...(view.to ? { to: view.to } : {}),
    ...(view.libraryRole ? { libraryRole: view.libraryRole } : {}),
    ...(view.archived === 'all' ? { archived: 'all' as const } : view.archived === 'only' ? { archived: 'true' as const } : {}),
    sort: effectiveProgramSort(view),
  };
}

export function effectiveProgramSort(view: ProgramsView): ProgramSort {
  return view.sort ?? DEFAULT_PROGRAM_SORT;
}

/** Clicking a column: sort by it (dates and attendance start with the largest), or flip it when it is already the sort. */
export function nextProgramSort(view: ProgramsView, field: ProgramSortField): ProgramSort {
  const current = effectiveProgramSort(view);
  if (current === field) return `-${field}` as ProgramSort;
  if (current === `-${field}`) return field;
  return field === 'startsOn' || field === 'attendance' ? (`-${field}` as ProgramSort) : field;
}

export function hasProgramFilters(view: ProgramsView): boolean {
  return (
    view.q.trim() !== '' ||
    view.statuses.length > 0 ||
    view.partner !== '' ||
    view.topic !== '' ||
    view.from !== '' ||
    view.to !== '' ||
    view.libraryRole !== '' ||
    view.archived !== 'live'
  );
}

/** The programs list's view, in the address (see useViewInAddress). */
export function useProgramsView() {
  const { view, update } = useViewInAddress(parseProgramsView, programsViewToSearch);
  const clearFilters = () => update({ ...EMPTY_PROGRAM_FILTERS, q: '' });
  return { view, update, clearFilters, query: programsViewToQuery(view) };
}
