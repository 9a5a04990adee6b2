import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import type { FactorHealth } from '../api/types';
import { CONFIDENCE_LABELS, scoreWithInterval } from '../health-words';
import { BandBadge } from './band-badge';
import { EvidenceList } from './evidence-list';
import { PerceptionGap } from './perception-gap';
import { TrendSparkline } from './trend-sparkline';

/** Why a factor has no band yet, in plain words (SCORING.md: Ω < 3, or one respondent's view only). */
export function insufficientText(factor: Pick<FactorHealth, 'omega' | 'sides' | 'units'>): string {
  const respondents = (factor.sides.library?.respondents ?? 0) + (factor.sides.partner?.respondents ?? 0);
  const onlyAnswers = factor.units.every((unit) => unit.key.startsWith('assessment'));
  if (respondents === 1 && onlyAnswers) {
    return 'Not enough evidence yet: the only evidence is one person’s answers, and one person’s view is not a partnership’s health.';
  }
  return `Not enough evidence yet: what has been logged and answered adds up to ${factor.omega.toFixed(1)} votes of evidence, fewer than a band needs (3 by default).`;
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={700} component="h4" m={0}>
        {title}
      </Text>
      {children}
    </Stack>
  );
}

/** The trend's last change, in words. */
function changeText(trend: FactorHealth['trend']): string | null {
  if (!trend.change) return null;
  const { delta, real } = trend.change;
  const direction = delta >= 0 ? 'up' : 'down';
  const size = Math.abs(delta).toFixed(2);
  return real ? `Since the last snapshot: ${direction} ${size}, a real change.` : `Since the last snapshot: ${direction} ${size}, within the noise.`;
}

/**
 * One NILPPA factor: the band in colour, icon and words, the score with its 80% interval, the confidence, the flags,
 * the strongest evidence with links to its records, the trend, and what would change it.
 */
export function FactorCard({ partnerId, factor }: { partnerId: string; factor: FactorHealth }) {
  const headingId = useId();
  const gap = factor.flags.some((flag) => flag.key === 'perception-gap');
  const change = changeText(factor.trend);
  return (
    <Paper component="article" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Title order={3} size="h4" id={headingId}>
            <Text span c="dimmed" fw={700} size="inherit">
              {factor.factor}
            </Text>{' '}
            {factor.name}
          </Title>
          <BandBadge band={factor.band} text={factor.bandText} size="lg" />
        </Group>

        <div>
          <Text size="sm" fw={600}>
            {factor.band === 'insufficient' ? 'Provisional score ' : ''}
            {scoreWithInterval(factor.score, factor.interval)}
          </Text>
          <Group gap="xs" mt={4}>
            <Text size="sm">{CONFIDENCE_LABELS[factor.confidence]}</Text>
            {factor.provisional && factor.confidence !== 'low' && (
              <Badge color="gray" variant="outline" tt="none" size="sm">
                Provisional
              </Badge>
            )}
          </Group>
        </div>

        {factor.band === 'insufficient' && (
          <Text size="sm" role="note">
            {insufficientText(factor)}
          </Text>
        )}

        {factor.flags.length > 0 && (
          <Part title="Flags">
            <List size="sm" spacing={2}>
              {factor.flags.map((flag) => (
                <List.Item key={flag.key}>{flag.text}</List.Item>
              ))}
            </List>
          </Part>
        )}

        {gap && <PerceptionGap library={factor.sides.library} partner={factor.sides.partner} />}

        <Part title="The strongest evidence">
          <EvidenceList partnerId={partnerId} units={factor.units.slice(0, factor.strongestCount)} />
        </Part>

        <Part title="Trend">
          <TrendSparkline factorName={factor.name} trend={factor.trend} />
          {(factor.trend.declining || change) && (
            <Text size="sm">
              {factor.trend.declining ? 'Declining. ' : ''}
              {change}
            </Text>
          )}
        </Part>

        {factor.whatWouldChange.length > 0 && (
          <Part title="What would change this">
            <List size="sm" spacing={2}>
              {factor.whatWouldChange.map((suggestion) => (
                <List.Item key={suggestion}>{suggestion}</List.Item>
              ))}
            </List>
          </Part>
        )}
      </Stack>
    </Paper>
  );
}
