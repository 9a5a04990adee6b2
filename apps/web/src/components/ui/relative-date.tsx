import { Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { formatDate, formatDateTime, formatRelative } from '../../lib/format-date';

interface RelativeDateProps {
  value: string;
  now?: Date;
  size?: string;
}

/**
 * "12 days ago", with the exact date on hover and on keyboard focus (UX.md), and always for screen readers. For
 * lists where the relative time is what matters (who has gone quiet, what I logged); DateText shows both.
 */
export function RelativeDate({ value, now, size = 'sm' }: RelativeDateProps) {
  return (
    <Tooltip label={formatDateTime(value)} openDelay={300} events={{ hover: true, focus: true, touch: true }}>
      <Text component="time" dateTime={value} size={size} tabIndex={0} style={{ textDecoration: 'underline dotted', textUnderlineOffset: 3 }}>
        {formatRelative(value, now)}
        <VisuallyHidden> ({formatDate(value)})</VisuallyHidden>
      </Text>
    </Tooltip>
  );
}
