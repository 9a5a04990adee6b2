import { PARTNER_STAGES, type PartnerStage } from '@common-ground/domain';
import { Anchor, Group, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type DragEvent } from 'react';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import type { Partner } from '../../../lib/api-types';
import { toProblemError } from '../../../lib/problem-error';
import { boardColumnQueryOptions } from '../api/partners-queries';
import { BoardCard, DRAG_TYPE } from './board-card';
import classes from './partners-board.module.css';

/** A card to focus once it appears at a stage: focus follows a moved card to its new column. */
export interface FocusTarget {
  id: string;
  stage: PartnerStage;
}

interface BoardColumnProps {
  stage: PartnerStage;
  /** The partner being dragged, if any (dataTransfer cannot be read during dragover). */
  dragging: Partner | null;
  onMove: (partner: Partner, stage: PartnerStage) => void;
  onDragStart: (partner: Partner) => void;
  onDragEnd: () => void;
  focusTarget: FocusTarget | null;
  onFocused: () => void;
}

/** One stage: its live partners by name, a drop target for cards from other stages. */
export function BoardColumn({ stage, dragging, onMove, onDragStart, onDragEnd, focusTarget, onFocused }: BoardColumnProps) {
  const headingId = useId();
  const column = useQuery(boardColumnQueryOptions(stage));
  const [dropTarget, setDropTarget] = useState(false);
  const accepts = dragging !== null && dragging.stage !== stage;

  const handleDragOver = (event: DragEvent<HTMLElement>) => {
    if (!accepts) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setDropTarget(true);
  };

  const handleDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDropTarget(false);
    if (dragging && accepts && event.dataTransfer.getData(DRAG_TYPE) === dragging.id) onMove(dragging, stage);
  };

  const label = PARTNER_STAGES.labels[stage];
  const shown = column.data?.items.length ?? 0;
  const more = (column.data?.total ?? 0) - shown;

  return (
    <section
      aria-labelledby={headingId}
      className={classes.column}
      data-drop-target={dropTarget || undefined}
      onDragOver={handleDragOver}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropTarget(false);
      }}
      onDrop={handleDrop}
    >
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} size="h4" id={headingId}>
          {label}
        </Title>
        {column.data && (
          <Text size="sm" c="dimmed">
            {column.data.total}
            <VisuallyHidden> {column.data.total === 1 ? 'partner' : 'partners'}</VisuallyHidden>
          </Text>
        )}
      </Group>
      {column.isPending ? (
        <Stack gap="xs" aria-busy="true">
          <Skeleton height={72} radius="md" />
          <Skeleton height={72} radius="md" />
        </Stack>
      ) : column.isError ? (
        <ProblemAlert problem={toProblemError(column.error)} title={`${label} didn't load`} onRetry={() => void column.refetch()} />
      ) : (
        <div className={classes.columnBody}>
          {shown === 0 ? (
            <Text size="sm" c="dimmed">
              No partners at this stage.
            </Text>
          ) : (
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={headingId}>
              {column.data.items.map((partner) => (
                <BoardCard
                  key={partner.id}
                  partner={partner}
                  onMove={onMove}
                  onDragStart={onDragStart}
                  onDragEnd={onDragEnd}
                  focusMove={focusTarget?.id === partner.id && focusTarget.stage === stage}
                  onFocused={onFocused}
                />
              ))}
            </Stack>
          )}
          {more > 0 && (
            <Anchor component={Link} to={`/partners?stage=${stage}`} size="sm" mt="sm" display="inline-block">
              and {more} more
            </Anchor>
          )}
        </div>
      )}
    </section>
  );
}
