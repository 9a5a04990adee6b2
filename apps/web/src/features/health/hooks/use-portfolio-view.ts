import { FACTORS, type Factor } from '@common-ground/domain';
import { pageFromAddress, useViewInAddress } from '../../../hooks/use-view-in-address';
import type { Band, FlagKey, PortfolioQuery, PortfolioSort } from '../api/types';
import { BAND_ORDER, FLAG_KEYS } from '../health-words';

export const PORTFOLIO_PAGE_SIZE = 25;

const SORTS: readonly PortfolioSort[] = ['weakest', 'name', '-concerns'];

export interface PortfolioView {
  q: string;
  band: Band | null;
  factor: Factor | null;
  flag: FlagKey | null;
  /** '' anyone, 'me', or a staff member's id. */
  liaison: string;
  sort: PortfolioSort;
  page: number;
}

export const EMPTY_PORTFOLIO_FILTERS: Pick<PortfolioView, 'q' | 'band' | 'factor' | 'flag' | 'liaison'> = {
  q: '',
  band: null,
  factor: null,
  flag: null,
  liaison: '',
};

const pick = <T extends string>(allowed: readonly T[], value: string | null): T | null => allowed.find((candidate) => candidate === value) ?? null;

/** Reads the view from the address, ignoring what it does not recognise (an old or hand-edited link). */
export function parsePortfolioView(params: URLSearchParams): PortfolioView {
  return {
    q: params.get('q') ?? '',
    band: pick(BAND_ORDER, params.get('band')),
    factor: pick(FACTORS.keys, params.get('factor')),
    flag: pick(FLAG_KEYS, params.get('flag')),
    liaison: params.get('liaison') ?? '',
    sort: pick(SORTS, params.get('sort')) ?? 'weakest',
    page: pageFromAddress(params),
  };
}

/** Writes the view as a short address: defaults are left out. */
export function portfolioViewToSearch(view: PortfolioView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.q.trim()) params.set('q', view.q.trim());
  if (view.band) params.set('band', view.band);
  if (view.factor) params.set('factor', view.factor);
  if (view.flag) params.set('flag', view.flag);
  if (view.liaison) params.set('liaison', view.liaison);
  if (view.sort !== 'weakest') params.set('sort', view.sort);
  if (view.page > 1) params.set('page', String(view.page));
  return params;
}

export function portfolioViewToQuery(view: PortfolioView): PortfolioQuery {
  return {
    limit: PORTFOLIO_PAGE_SIZE,
    offset: (view.page - 1) * PORTFOLIO_PAGE_SIZE,
    sort: view.sort,
    ...(view.q.trim() ? { q: view.q.trim() } : {}),
    ...(view.band ? { band: view.band } : {}),
    ...(view.factor ? { factor: view.factor } : {}),
    ...(view.flag ? { flag: view.flag } : {}),
    ...(view.liaison ? { liaison: view.liaison } : {}),
  };
}

export function hasPortfolioFilters(view: PortfolioView): boolean {
  return view.q.trim() !== '' || view.band !== null || view.factor !== null || view.flag !== null || view.liaison !== '';
}

/**
 * The portfolio's view lives in the address (see useViewInAddress), so a manager can send "concern on
 * Communication, my partners" as a link.
 */
export function usePortfolioView() {
  const { view, update } = useViewInAddress(parsePortfolioView, portfolioViewToSearch);
  const clearFilters = () => update(EMPTY_PORTFOLIO_FILTERS);
  return { view, update, clearFilters, query: portfolioViewToQuery(view) };
}
