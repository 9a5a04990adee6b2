import { Text, VisuallyHidden } from '@mantine/core';
import type { PortfolioFactor } from '../api/types';
import { BANDS, flagLabel, formatScore } from '../health-words';
import { BandIcon } from './band-badge';

/**
 * One factor in a portfolio heat-row: the band's colour behind its icon and the score in text, with the band's
 * word (and any flags) for screen readers and on hover, so colour is never the only signal.
 */
export function FactorCell({ factor }: { factor: PortfolioFactor }) {
  const look = BANDS[factor.band];
  const flags = factor.flags.map(flagLabel);
  const words = [look.label, factor.confidence === 'low' ? 'provisional' : null, ...flags].filter(Boolean).join(', ');
  return (
    <Text
      span
      size="sm"
      fw={600}
      title={words}
      px={6}
      py={2}
      style={{
        display: 'inline-flex',
        gap: 4,
        alignItems: 'center',
        whiteSpace: 'nowrap',
        borderRadius: 'var(--mantine-radius-sm)',
        background: `var(--mantine-color-${look.color}-light)`,
        color: `var(--mantine-color-${look.color}-light-color)`,
        fontStyle: factor.confidence === 'low' ? 'italic' : undefined,
      }}
    >
      <BandIcon band={factor.band} />
      {formatScore(factor.score)}
      {flags.length > 0 && <span aria-hidden="true">•</span>}
      <VisuallyHidden>, {words}</VisuallyHidden>
    </Text>
  );
}
