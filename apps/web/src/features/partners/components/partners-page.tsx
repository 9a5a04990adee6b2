import { NativeSelect, Stack } from '@mantine/core';
import { useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { EmptyList } from '../../../components/ui/empty-list';
import { PagedListPager } from '../../../components/ui/list-pager';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { PageHeader } from '../../../components/ui/page-header';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { toProblemError } from '../../../lib/problem-error';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { partnersListQueryOptions } from '../api/partners-queries';
import {
  PARTNERS_PAGE_SIZE,
  effectiveSort,
  hasFilters,
  nextSort,
  usePartnersView,
  type PartnerSort,
} from '../hooks/use-partners-view';
import { PartnersCards } from './partners-cards';
import { PartnersFilters } from './partners-filters';
import { PartnersTable } from './partners-table';
import { PartnersPageActions } from './partners-view-switch';

const PHONE_SORTS: { value: PartnerSort; label: string }[] = [
  { value: 'name', label: 'Name, A to Z' },
  { value: '-name', label: 'Name, Z to A' },
  { value: 'stage', label: 'Stage' },
  { value: 'type', label: 'Type' },
  { value: 'liaison', label: 'Liaison' },
  { value: 'lastContactAt', label: 'Last contact, longest ago first' },
  { value: '-lastContactAt', label: 'Last contact, most recent first' },
  { value: 'nextReviewOn', label: 'Next review, soonest first' },
  { value: 'weakestFactor', label: 'Health, weakest factor first' },
  { value: '-updatedAt', label: 'Recently changed' },
];

/** Find a partner: search, filter, sort and page, with the whole view in the address. */
export function PartnersPage() {
  useDocumentTitle('Partners – Common Ground');
  const me = useCurrentUser();
  const headingId = useId();
  const { view, update, clearFilters, query } = usePartnersView();
  const partners = useQuery(partnersListQueryOptions(query));
  // Read synchronously on first render so a phone never flashes the wide table before the cards.
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const sort = effectiveSort(view);
  const filtered = hasFilters(view);

  return (
    <Stack gap="lg">
      <PageHeader
        title="Partners"
        titleId={headingId}
        description="The organisations the library works with."
        actions={<PartnersPageActions current="list" />}
      />

      <PartnersFilters me={me} view={view} onChange={update} isPhone={isPhone} />

      {partners.isPending ? (
        <ListSkeleton label="Loading partners" />
      ) : partners.isError ? (
        <ProblemAlert problem={toProblemError(partners.error)} title="Partners didn't load" onRetry={() => void partners.refetch()} />
      ) : partners.data.items.length === 0 ? (
        <EmptyList
          records="partners"
          total={partners.data.total}
          filtered={filtered}
          onFirstPage={() => update({ page: 1 })}
          onClearFilters={clearFilters}
          nothingYet="No partners yet — add your first partner."
          addLabel="Add your first partner"
          addTo="/partners/new"
        />
      ) : (
        <div aria-busy={partners.isPlaceholderData || undefined}>
          {isPhone ? (
            <Stack gap="sm">
              <NativeSelect
                label="Sort by"
                data={sort ? PHONE_SORTS : [{ value: '', label: 'Best match' }, ...PHONE_SORTS]}
                value={sort ?? ''}
                onChange={(event) => {
                  const chosen = PHONE_SORTS.find((option) => option.value === event.currentTarget.value);
                  if (chosen) update({ sort: chosen.value });
                }}
                w={{ base: '100%', xs: 280 }}
              />
              <PartnersCards partners={partners.data.items} labelledBy={headingId} />
            </Stack>
          ) : (
            <PartnersTable
              partners={partners.data.items}
              labelledBy={headingId}
              sort={sort}
              onSort={(field) => update({ sort: nextSort(view, field) })}
            />
          )}
          <PagedListPager
            page={view.page}
            pageSize={PARTNERS_PAGE_SIZE}
            total={partners.data.total}
            itemLabel={partners.data.total === 1 ? 'partner' : 'partners'}
            onPageChange={(page) => update({ page })}
          />
        </div>
      )}
    </Stack>
  );
}
