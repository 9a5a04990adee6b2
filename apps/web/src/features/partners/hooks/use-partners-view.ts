import { FOCUS_AREAS, PARTNER_STAGES, PARTNER_TYPES, type FocusArea, type PartnerStage, type PartnerType } from '@common-ground/domain';
import { archivedFromAddress, pageFromAddress, useViewInAddress, type ArchivedView } from '../../../hooks/use-view-in-address';
import type { PartnersListQuery } from '../../../lib/api-types';

export const PARTNERS_PAGE_SIZE = 25;

export type PartnerSort = NonNullable<PartnersListQuery['sort']>;
/** The columns a person can sort the list by (the API sorts by more). */
export type SortField = 'name' | 'type' | 'stage' | 'liaison' | 'lastContactAt' | 'nextReviewOn' | 'weakestFactor';
const SORTS: readonly PartnerSort[] = [
  'name', '-name', 'type', '-type', 'stage', '-stage', 'liaison', '-liaison', 'lastContactAt', '-lastContactAt', 'nextReviewOn', '-nextReviewOn', 'weakestFactor', '-weakestFactor',
  'updatedAt', '-updatedAt', 'createdAt', '-createdAt',
];

export type { ArchivedView };

export interface PartnersView {
  q: string;
  stages: PartnerStage[];
  types: PartnerType[];
  focusAreas: FocusArea[];
  /** '' anyone, 'me', or a staff member's id. */
  liaison: string;
  tag: string;
  needsReview: boolean;
  archived: ArchivedView;
  /** null: the default order (by relevance while searching, else by name). */
  sort: PartnerSort | null;
  page: number;
}

export const EMPTY_FILTERS: Omit<PartnersView, 'q' | 'sort' | 'page'> = {
  stages: [],
  types: [],
  focusAreas: [],
  liaison: '',
  tag: '',
  needsReview: false,
  archived: 'live',
};

/** Reads the view from the address, ignoring anything it does not recognise (an old or hand-edited link). */
export function parseView(params: URLSearchParams): PartnersView {
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    stages: params.getAll('stage').filter(PARTNER_STAGES.has),
    types: params.getAll('type').filter(PARTNER_TYPES.has),
    focusAreas: params.getAll('focusArea').filter(FOCUS_AREAS.has),
    liaison: params.get('liaison') ?? '',
    tag: params.get('tag') ?? '',
    needsReview: params.get('needsReview') === 'true',
    archived: archivedFromAddress(params),
    sort: SORTS.find((candidate) => candidate === sort) ?? null,
    page: pageFromAddress(params),
  };
}

/** Writes the view as a short address: defaults are left out, lists repeat their key (stage=a&stage=b). */
export function viewToSearch(view: PartnersView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.q.trim()) params.set('q', view.q.trim());
  for (const stage of view.stages) params.append('stage', stage);
  for (const type of view.types) params.append('type', type);
  for (const focusArea of view.focusAreas) params.append('focusArea', focusArea);
  if (view.liaison) params.set('liaison', view.liaison);
  if (view.tag.trim()) params.set('tag', view.tag.trim());
  if (view.needsReview) params.set('needsReview', 'true');
  if (view.archived !== 'live') params.set('archived', view.archived);
  if (view.sort) params.set('sort', view.sort);
  if (view.page > 1) params.set('page', String(view.page));
  return params;
}

/** The API query for a view: 25 a page, and the view's filters in the API's names. */
export function viewToQuery(view: PartnersView): PartnersListQuery {
  return {
    limit: PARTNERS_PAGE_SIZE,
    offset: (view.page - 1) * PARTNERS_PAGE_SIZE,
    ...(view.q.trim() ? { q: view.q.trim() } : {}),
    ...(view.stages.length ? { stage: view.stages } : {}),
    ...(view.types.length ? { type: view.types } : {}),
    ...(view.focusAreas.length ? { focusArea: view.focusAreas } : {}),
    ...(view.liaison ? { liaisonId: view.liaison } : {}),
    ...(view.tag.trim() ? { tag: view.tag.trim() } : {}),
    ...(view.needsReview ? { needsReview: true } : {}),
    ...(view.archived === 'all' ? { archived: 'all' as const } : view.archived === 'only' ? { archived: 'true' as const } : {}),
    ...(view.sort ? { sort: view.sort } : {}),
  };
}

/** The sort in effect: the chosen one, else relevance while searching (null), else name. */
export function effectiveSort(view: PartnersView): PartnerSort | null {
  return view.sort ?? (view.q.trim() ? null : 'name');
}

/** Clicking a column: sort by it ascending, or flip it when it is already the sort. */
export function nextSort(view: PartnersView, field: SortField): PartnerSort {
  return effectiveSort(view) === field ? (`-${field}` as PartnerSort) : field;
}

export function hasFilters(view: PartnersView): boolean {
  return (
    view.q.trim() !== '' ||
    view.stages.length > 0 ||
    view.types.length > 0 ||
    view.focusAreas.length > 0 ||
    view.liaison !== '' ||
    view.tag.trim() !== '' ||
    view.needsReview ||
    view.archived !== 'live'
  );
}

/** The partners list's view, in the address (see useViewInAddress). */
export function usePartnersView() {
  const { view, update } = useViewInAddress(parseView, viewToSearch);
  const clearFilters = () => update({ ...EMPTY_FILTERS, q: '' });
  return { view, update, clearFilters, query: viewToQuery(view) };
}
