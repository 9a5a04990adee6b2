import { Text, Tooltip } from '@mantine/core';
import { formatDate, formatDateTime, formatRelative } from '../../lib/format-date';

interface DateTextProps {
  value: string | null;
  /** Shown when there is no date, in words ("Never"). */
  empty?: string;
  now?: Date;
}

/**
 * "Tue 3 Mar 2026 · 5 days ago": the date itself is always visible (hover does not exist on phones), the
 * relative part helps scanning, and the exact time is on hover and in the <time> element.
 */
export function DateText({ value, empty = 'Never', now }: DateTextProps) {
  if (!value) return <Text span size="sm">{empty}</Text>;
  return (
    <Tooltip label={formatDateTime(value)} openDelay={400}>
      <Text component="time" dateTime={value} size="sm">
        {formatDate(value)}{' '}
        <Text span size="sm" c="dimmed">
          · {formatRelative(value, now)}
        </Text>
      </Text>
    </Tooltip>
  );
}
