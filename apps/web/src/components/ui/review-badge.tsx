import { Badge, Group, Text } from '@mantine/core';
import { formatDay, reviewState, type CalendarDay } from '../../lib/calendar-day';

/**
 * "Review due" once a review date is within the look-ahead window or past, with the date in words beside it so
 * colour is never the only signal (red when already past, orange when coming up).
 */
export function ReviewDueBadge({ day, now }: { day: CalendarDay | null; now?: Date }) {
  const state = reviewState(day, now);
  if (!day || state === null || state === 'later') return null;
  const overdue = state === 'overdue';
  return (
    <Group gap={6} wrap="nowrap">
      <Badge color={overdue ? 'red' : 'orange'} variant="light" style={{ minWidth: 'max-content' }}>
        Review due
      </Badge>
      <Text size="xs" c="dimmed">
        {overdue ? 'since' : 'by'} {formatDay(day)}
      </Text>
    </Group>
  );
}
