import { Button, Chip, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import type { Partner } from '../../../lib/api-types';
import { toProblemError } from '../../../lib/problem-error';
import { partnerTimelineQueryOptions } from '../api/timeline-queries';
import type { TimelineKind } from '../api/types';
import { TimelineEntry } from './timeline-entry';

interface TimelineFilter {
  value: string;
  label: string;
  /** What the API is asked for; undefined would mean every kind. */
  kind: TimelineKind | undefined;
  /** "12 changes", "12 items": the count line's noun. */
  noun: [singular: string, plural: string];
}

/** The kinds a person can pick. */
const FILTERS: readonly TimelineFilter[] = [
  { value: 'all', label: 'All', kind: undefined, noun: ['item', 'items'] },
  { value: 'change', label: 'Changes', kind: 'change', noun: ['change', 'changes'] },
  { value: 'communication', label: 'Communications', kind: 'communication', noun: ['item', 'items'] },
  { value: 'commitment', label: 'Follow-ups', kind: 'commitment', noun: ['item', 'items'] },
  { value: 'program', label: 'Programs', kind: 'program', noun: ['item', 'items'] },
  { value: 'assessment', label: 'Assessments', kind: 'assessment', noun: ['item', 'items'] },
];

/** The filter lives in the address (`kind`), beside the partner page's `tab`, so a filtered timeline is a link. */
function useTimelineFilter() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = FILTERS.find((candidate) => candidate.value === searchParams.get('kind')) ?? FILTERS[0]!;
  const setFilter = (value: string) =>
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === FILTERS[0]!.value) next.delete('kind');
        else next.set('kind', value);
        return next;
      },
      { replace: true },
    );
  return [filter, setFilter] as const;
}

/** The partner page's "Timeline" tab: what happened with this partner and its records, newest first. */
export function PartnerTimelineTab({ partner }: { partner: Partner }) {
  const headingId = useId();
  const [filter, setFilter] = useTimelineFilter();
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const timeline = useInfiniteQuery(partnerTimelineQueryOptions(partner.id, filter.kind));
  const items = timeline.data?.pages.flatMap((page) => page.items) ?? [];
  const total = timeline.data?.pages.at(-1)?.total ?? 0;
  const [singular, plural] = filter.noun;
  // Only a first load without data fails the whole tab; a failed "Load more" is said under the list it extends.

  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Title order={2} id={headingId}>
          Timeline
        </Title>
        {isPhone ? (
          <KindChips value={filter.value} onChange={setFilter} />
        ) : (
          <SegmentedControl aria-label="Show on the timeline" data={FILTERS.map(({ value, label }) => ({ value, label }))} value={filter.value} onChange={setFilter} />
        )}
      </Group>

      {timeline.isPending ? (
        <ListSkeleton rows={4} label="Loading the timeline" />
      ) : !timeline.data ? (
        <ProblemAlert problem={toProblemError(timeline.error)} title="The timeline didn't load" onRetry={() => void timeline.refetch()} />
      ) : items.length === 0 ? (
        filter.kind === undefined ? (
          <Text c="dimmed">
            Nothing has happened with {partner.name} yet — conversations, follow-ups, programs, assessments and changes
            to the partner, its contacts, goals and agreements will appear here.
          </Text>
        ) : (
          <Text c="dimmed">Nothing of this kind has happened with {partner.name} yet.</Text>
        )
      ) : (
        <>
          <Stack component="ol" gap="md" p={0} m={0} aria-labelledby={headingId} style={{ listStyle: 'none' }}>
            {items.map((item) => (
              <TimelineEntry key={`${item.kind}:${item.id}`} item={item} partnerId={partner.id} editable={partner.archivedAt === null} />
            ))}
          </Stack>
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text size="sm" c="dimmed" aria-live="polite">
              Showing {items.length} of {total} {total === 1 ? singular : plural}
            </Text>
            {timeline.hasNextPage && (
              <Button variant="default" onClick={() => void timeline.fetchNextPage()} loading={timeline.isFetchingNextPage}>
                Load more
              </Button>
            )}
          </Group>
          {timeline.isFetchNextPageError && (
            <ProblemAlert problem={toProblemError(timeline.error)} title="More of the timeline didn't load" onRetry={() => void timeline.fetchNextPage()} />
          )}
        </>
      )}
    </Stack>
  );
}

/** On a phone the kinds wrap onto two lines as chips (a segmented row would cut the words short). */
function KindChips({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const name = useId();
  return (
    <Chip.Group value={value} onChange={onChange}>
      <Group gap={8} role="radiogroup" aria-label="Show on the timeline" w="100%">
        {FILTERS.map((option) => (
          <Chip key={option.value} value={option.value} name={name} size="sm">
            {option.label}
          </Chip>
        ))}
      </Group>
    </Chip.Group>
  );
}
