import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { SideMean } from '../api/types';
import { formatScore } from '../health-words';

function Side({ label, side }: { label: string; side: SideMean | null }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="lg" fw={700}>
        {side ? formatScore(side.mean) : 'No answers'}
      </Text>
      {side && (
        <Text size="xs" c="dimmed">
          {side.respondents === 1 ? '1 respondent' : `${side.respondents} respondents`}
        </Text>
      )}
    </div>
  );
}

/** The library's and the partner's answers side by side, when they see the factor differently. */
export function PerceptionGap({ library, partner }: { library: SideMean | null; partner: SideMean | null }) {
  const gap = library && partner ? Math.abs(library.mean - partner.mean) : null;
  return (
    <Paper withBorder p="sm" radius="sm" role="group" aria-label="How each side sees it">
      <Text size="sm" fw={600} mb={4}>
        How each side sees it{gap !== null ? ` (a gap of ${gap.toFixed(2)})` : ''}
      </Text>
      <SimpleGrid cols={2} spacing="sm">
        <Side label="Library" side={library} />
        <Side label="Partner" side={partner} />
      </SimpleGrid>
    </Paper>
  );
}
