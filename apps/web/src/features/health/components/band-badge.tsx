import { Badge, type BadgeProps } from '@mantine/core';
import type { Band } from '../api/types';
import { BANDS } from '../health-words';

/** The band's icon, hidden from screen readers (the word beside it is what they read). */
export function BandIcon({ band }: { band: Band }) {
  return (
    <span aria-hidden="true" style={{ fontWeight: 800, display: 'inline-block', minWidth: '1ch', textAlign: 'center' }}>
      {BANDS[band].icon}
    </span>
  );
}

interface BandBadgeProps extends Omit<BadgeProps, 'children' | 'color'> {
  band: Band;
  /** The API's words, such as "Borderline, could be strength"; the band's name when left out. */
  text?: string;
}

/** A band in colour, with its icon and in words (UX.md: colour is never the only signal). */
export function BandBadge({ band, text, ...props }: BandBadgeProps) {
  return (
    <Badge color={BANDS[band].color} variant="light" tt="none" leftSection={<BandIcon band={band} />} style={{ minWidth: 'max-content' }} {...props}>
      {text ?? BANDS[band].label}
    </Badge>
  );
}
