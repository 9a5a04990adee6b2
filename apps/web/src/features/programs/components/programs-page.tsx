import { Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { EmptyList } from '../../../components/ui/empty-list';
import { PagedListPager } from '../../../components/ui/list-pager';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { PageHeader } from '../../../components/ui/page-header';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { toProblemError } from '../../../lib/problem-error';
import { programsListQueryOptions } from '../api/programs-queries';
import type { ProgramPage, ProgramSort } from '../api/types';
import {
  PROGRAMS_PAGE_SIZE,
  effectiveProgramSort,
  hasProgramFilters,
  nextProgramSort,
  useProgramsView,
} from '../hooks/use-programs-view';
import { formatCount } from '../program-labels';
import { ProgramsCards } from './programs-cards';
import { ProgramsFilters } from './programs-filters';
import { ProgramsTable } from './programs-table';
import { ProgramsPageActions } from './programs-view-switch';

const PHONE_SORTS: { value: ProgramSort; label: string }[] = [
  { value: '-startsOn', label: 'Latest first' },
  { value: 'startsOn', label: 'Earliest first' },
  { value: 'title', label: 'Title, A to Z' },
  { value: '-title', label: 'Title, Z to A' },
  { value: 'status', label: 'Status' },
  { value: '-attendance', label: 'Most attended first' },
  { value: 'attendance', label: 'Least attended first' },
];

/** Find a program: search, filter, sort and page, with totals over everything that matches, and the view in the address. */
export function ProgramsPage() {
  useDocumentTitle('Programs – Common Ground');
  const headingId = useId();
  const { view, update, clearFilters, query } = useProgramsView();
  const programs = useQuery(programsListQueryOptions(query));
  // Read synchronously on first render so a phone never flashes the wide table before the cards.
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const sort = effectiveProgramSort(view);
  const filtered = hasProgramFilters(view);

  return (
    <Stack gap="lg">
      <PageHeader
        title="Programs"
        titleId={headingId}
        description="What the library runs with its partners: sessions, attendance and who does what."
        actions={<ProgramsPageActions current="list" />}
      />

      <ProgramsFilters view={view} onChange={update} isPhone={isPhone} />

      {programs.isPending ? (
        <ListSkeleton label="Loading programs" />
      ) : programs.isError ? (
        <ProblemAlert problem={toProblemError(programs.error)} title="Programs didn't load" onRetry={() => void programs.refetch()} />
      ) : (
        <Stack gap="md" aria-busy={programs.isPlaceholderData || undefined}>
          <ProgramsTotals data={programs.data} filtered={filtered} />
          {programs.data.items.length === 0 ? (
            <EmptyList
              records="programs"
              total={programs.data.total}
              filtered={filtered}
              onFirstPage={() => update({ page: 1 })}
              onClearFilters={clearFilters}
              nothingYet="No programs yet — plan your first program with a partner."
              addLabel="Add your first program"
              addTo="/programs/new"
            />
          ) : (
            <div>
              {isPhone ? (
                <Stack gap="sm">
                  <NativeSelect
                    label="Sort by"
                    data={PHONE_SORTS}
                    value={sort}
                    onChange={(event) => {
                      const chosen = PHONE_SORTS.find((option) => option.value === event.currentTarget.value);
                      if (chosen) update({ sort: chosen.value });
                    }}
                    w={{ base: '100%', xs: 280 }}
                  />
                  <ProgramsCards programs={programs.data.items} labelledBy={headingId} />
                </Stack>
              ) : (
                <ProgramsTable programs={programs.data.items} labelledBy={headingId} sort={sort} onSort={(field) => update({ sort: nextProgramSort(view, field) })} />
              )}
              <PagedListPager
                page={view.page}
                pageSize={PROGRAMS_PAGE_SIZE}
                total={programs.data.total}
                itemLabel={programs.data.total === 1 ? 'program' : 'programs'}
                onPageChange={(page) => update({ page })}
              />
            </div>
          )}
        </Stack>
      )}
    </Stack>
  );
}

/** Totals over every program that matches (not only this page), as the API counts them. */
function ProgramsTotals({ data, filtered }: { data: ProgramPage; filtered: boolean }) {
  const titleId = useId();
  const facts: { label: string; value: number }[] = [
    { label: 'Programs', value: data.totals.programs },
    { label: 'Sessions', value: data.totals.sessions },
    { label: 'Attendance', value: data.totals.attendance },
  ];
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={titleId}>
      <Text id={titleId} size="xs" c="dimmed" fw={600} tt="uppercase" mb={4}>
        {filtered ? 'Totals for these filters' : 'Totals, all programs'}
      </Text>
      <Group component="dl" gap="xl" m={0} wrap="wrap" aria-live="polite">
        {facts.map((fact) => (
          <div key={fact.label}>
            <Text component="dt" size="sm" c="dimmed">
              {fact.label}
            </Text>
            <Text component="dd" m={0} fw={700} size="xl" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatCount(fact.value)}
            </Text>
          </div>
        ))}
      </Group>
    </Paper>
  );
}
