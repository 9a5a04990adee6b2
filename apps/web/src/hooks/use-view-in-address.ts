import { useSearchParams } from 'react-router';

/** A paged list's view, whatever else it filters by. */
export interface PagedView {
  page: number;
}

/** The page the address asks for: 1 unless it names a later page by a whole number. */
export function pageFromAddress(params: URLSearchParams): number {
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return Number.isFinite(page) && page > 1 ? page : 1;
}

/** live: archived records hidden (the default); all: both; only: archived records only. */
export type ArchivedView = 'live' | 'all' | 'only';

export function archivedFromAddress(params: URLSearchParams): ArchivedView {
  const archived = params.get('archived');
  return archived === 'all' || archived === 'only' ? archived : 'live';
}

/**
 * A list's whole view lives in the address (UX.md: a filtered list is a link a manager can send). `parse` reads it,
 * ignoring what it does not recognise; `toSearch` writes it back. Changes replace the history entry, so typing a
 * search does not fill the back button; any change other than the page starts again from page 1.
 */
export function useViewInAddress<View extends PagedView>(
  parse: (params: URLSearchParams) => View,
  toSearch: (view: View) => URLSearchParams,
) {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = parse(searchParams);

  const update = (changes: Partial<View>) => {
    setSearchParams(
      (previous) => {
        const current = parse(previous);
        return toSearch({ ...current, ...changes, page: changes.page ?? 1 });
      },
      { replace: true },
    );
  };

  return { view, update };
}
