import { useSearchParams } from 'react-router';
import type { UsersListQuery } from '../../../lib/api-types';

export const USERS_PAGE_SIZE = 25;

export interface UsersView {
  q: string;
  showDeactivated: boolean;
  offset: number;
}

/**
 * The list's view lives in the URL (UX.md: lists are shareable), e.g. `/admin/users?q=ada&deactivated=show`.
 * Changes replace the history entry so typing a search does not fill the back button.
 */
export function useUsersView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const view: UsersView = {
    q: searchParams.get('q') ?? '',
    showDeactivated: searchParams.get('deactivated') === 'show',
    offset: Math.max(0, Number.parseInt(searchParams.get('offset') ?? '0', 10) || 0),
  };

  const update = (changes: Partial<UsersView>) => {
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        const set = (key: string, value: string | null) => (value ? next.set(key, value) : next.delete(key));
        if (changes.q !== undefined) set('q', changes.q.trim() || null);
        if (changes.showDeactivated !== undefined) set('deactivated', changes.showDeactivated ? 'show' : null);
        // A new search or filter starts again from the first page.
        const offset = changes.offset ?? (changes.q !== undefined || changes.showDeactivated !== undefined ? 0 : view.offset);
        set('offset', offset > 0 ? String(offset) : null);
        return next;
      },
      { replace: true },
    );
  };

  const query: UsersListQuery = {
    limit: USERS_PAGE_SIZE,
    offset: view.offset,
    sort: 'name',
    ...(view.q ? { q: view.q } : {}),
    ...(view.showDeactivated ? { includeInactive: true } : {}),
  };

  return { view, update, query };
}
