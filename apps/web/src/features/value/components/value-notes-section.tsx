import { VALUE_DIMENSIONS, type ValueDimension } from '@common-ground/domain';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { toProblemError } from '../../../lib/problem-error';
import { ImpactNoteCard } from '../../impact-notes/components/impact-note-card';
import { DimensionSection } from '../../impact-notes/components/impact-notes-panel';
import { partnerValueNotesQueryOptions } from '../api/value-queries';
import type { ValueNote } from '../api/types';

export interface ValueNotesSectionProps {
  partnerId: string;
  year: number;
  dimension: ValueDimension;
  /** The newest few, as the value view sends them. */
  notes: ValueNote[];
  /** How many the year has. */
  count: number;
}

/**
 * One value dimension's notes in a partner's value view: the newest few the view came with, and on request all of
 * them, a page at a time. The count line is announced as it changes; once every note is shown and the button goes,
 * focus moves to that line rather than being lost.
 */
export function ValueNotesSection({ partnerId, year, dimension, notes, count }: ValueNotesSectionProps) {
  const [expanded, setExpanded] = useState(false);
  const more = useInfiniteQuery({ ...partnerValueNotesQueryOptions(partnerId, year, dimension), enabled: expanded });
  const loaded = expanded ? more.data?.pages.flatMap((page) => page.items) : undefined;
  const shown = loaded ?? notes;
  const total = expanded ? (more.data?.pages.at(-1)?.total ?? count) : count;
  const complete = shown.length >= total;
  const label = VALUE_DIMENSIONS.labels[dimension].toLowerCase();

  const statusRef = useRef<HTMLParagraphElement>(null);
  const wasComplete = useRef(complete);
  useEffect(() => {
    if (complete && !wasComplete.current && expanded) statusRef.current?.focus();
    wasComplete.current = complete;
  }, [complete, expanded]);

  const showMore = () => {
    if (!expanded) setExpanded(true);
    else void more.fetchNextPage();
  };

  return (
    <Stack gap={4}>
      <DimensionSection dimension={dimension} notes={shown} headingOrder={4}>
        {(note) => <ImpactNoteCard key={note.id} note={note} show="program" />}
      </DimensionSection>
      {(!complete || expanded) && total > 0 && (
        <Group gap="sm" wrap="wrap">
          <Text ref={statusRef} tabIndex={-1} size="sm" c="dimmed" aria-live="polite">
            {complete ? `Showing all ${total} notes.` : `Showing the newest ${shown.length} of ${total} notes.`}
          </Text>
          {!complete && (
            <Button size="xs" variant="default" onClick={showMore} loading={more.isFetching}>
              Show more {label} notes
            </Button>
          )}
        </Group>
      )}
      {more.isError && (
        <ProblemAlert problem={toProblemError(more.error)} title="More notes didn't load" onRetry={() => void (more.data ? more.fetchNextPage() : more.refetch())} />
      )}
    </Stack>
  );
}
