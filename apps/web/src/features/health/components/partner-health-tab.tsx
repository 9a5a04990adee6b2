import { COLLABORATION_LEVELS, SIDES } from '@common-ground/domain';
import { Anchor, Group, Paper, SimpleGrid, Skeleton, Stack, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { formatDay, todayCalendarDay } from '../../../lib/calendar-day';
import { toProblemError } from '../../../lib/problem-error';
import { collaborationLevelText } from '../../partners/partner-labels';
import { partnerHealthQueryOptions } from '../api/health-queries';
import type { PartnerHealth } from '../api/types';
import { partnerAssessmentsPath } from '../../assessments/assessment-paths';
import { FACTOR_ORDER } from '../health-words';
import { FactorCard } from './factor-card';
import { HealthProfileSummary } from './health-profile';

/** A level of collaboration answer, which may be a mean of several respondents: "3 · Coordination", "2.5, the mean…". */
export function collaborationAnswerText(level: number | null): string {
  if (level === null) return 'Not answered yet';
  if (Number.isInteger(level)) return collaborationLevelText(level);
  const below = COLLABORATION_LEVELS.find((entry) => entry.value === Math.floor(level));
  const above = COLLABORATION_LEVELS.find((entry) => entry.value === Math.ceil(level));
  const between = below && above ? ` (between ${below.label} and ${above.label})` : '';
  return `${level.toFixed(1)}, the mean of the answers${between}`;
}

/**
 * A partner's health on the five NILPPA factors as of a day (today unless chosen): the profile, then one card per
 * factor in SCORING.md's order, and each side's view of the level of collaboration.
 */
export function PartnerHealthTab({ partnerId }: { partnerId: string }) {
  const headingId = useId();
  const today = todayCalendarDay();
  const [asOf, setAsOf] = useState(today);
  const [dateError, setDateError] = useState<string | null>(null);
  const health = useQuery(partnerHealthQueryOptions(partnerId, asOf === today ? null : asOf));

  const changeDay = (value: string) => {
    if (value === '') {
      setDateError(null);
      setAsOf(today);
    } else if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      setDateError('Enter a date, like 3 March 2026');
    } else if (value > today) {
      setDateError('Choose today or a day in the past: health cannot be scored ahead of time');
    } else {
      setDateError(null);
      setAsOf(value);
    }
  };

  return (
    <Stack component="section" aria-labelledby={headingId} gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <div>
          <Title order={2} id={headingId}>
            Health
          </Title>
          <Text size="sm" c="dimmed" maw={560}>
            The five NILPPA factors, each from both sides’ answers and what was logged. Every score shows its evidence.
          </Text>
        </div>
        <TextInput
          type="date"
          label="As of"
          description="Today, or a day in the past"
          max={today}
          defaultValue={today}
          onChange={(event) => changeDay(event.currentTarget.value)}
          error={dateError}
          w={{ base: '100%', xs: 200 }}
        />
      </Group>

      {health.isPending ? (
        <HealthSkeleton />
      ) : health.isError ? (
        <ProblemAlert problem={toProblemError(health.error)} title="Health didn't load" onRetry={() => void health.refetch()} />
      ) : (
        <HealthView health={health.data} updating={health.isPlaceholderData} />
      )}
    </Stack>
  );
}

function HealthSkeleton() {
  return (
    <Stack gap="md" aria-busy="true">
      <VisuallyHidden role="status">Loading health</VisuallyHidden>
      <Skeleton height={24} width={280} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {Array.from({ length: 5 }, (_, index) => (
          <Skeleton key={index} height={260} radius="md" />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function HealthView({ health, updating }: { health: PartnerHealth; updating: boolean }) {
  const { lastAssessedOn } = health;
  const levelHeadingId = useId();
  return (
    <Stack gap="lg" aria-busy={updating || undefined}>
      <Paper withBorder p="md" radius="md">
        <Stack gap={6}>
          <Text fw={700}>
            <HealthProfileSummary profile={health.profile} />
          </Text>
          {health.profile.overall !== null && (
            <Text size="sm">Mean of the five scores: {health.profile.overall.toFixed(2)} (read it beside the profile, never alone)</Text>
          )}
          <Text size="sm" role="status">
            {updating ? 'Updating…' : `As of ${formatDay(health.asOf)} · scoring model ${health.modelVersion}`}
          </Text>
          <Text size="sm">
            Last assessed by the library: {lastAssessedOn.library ? formatDay(lastAssessedOn.library) : 'never'} · by the partner:{' '}
            {lastAssessedOn.partner ? formatDay(lastAssessedOn.partner) : 'never'} ·{' '}
            <Anchor component={Link} to={partnerAssessmentsPath(health.partnerId)} size="sm">
              Assessments
            </Anchor>
          </Text>
        </Stack>
      </Paper>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {[...health.factors].sort((a, b) => FACTOR_ORDER.indexOf(a.factor) - FACTOR_ORDER.indexOf(b.factor)).map((factor) => (
          <FactorCard key={factor.factor} partnerId={health.partnerId} factor={factor} />
        ))}
      </SimpleGrid>

      <Stack gap="sm" component="section" aria-labelledby={levelHeadingId}>
        <Title order={3} id={levelHeadingId}>
          Level of collaboration
        </Title>
        <Text size="sm" c="dimmed">
          How each side describes working together, from their latest answers (0 no interaction to 5 collaboration).
        </Text>
        <SimpleGrid cols={2} spacing="md">
          {(['library', 'partner'] as const).map((side) => (
            <div key={side}>
              <Text size="sm" fw={600}>
                {SIDES.labels[side]}
              </Text>
              <Text size="sm">{collaborationAnswerText(health.collaboration[side])}</Text>
            </div>
          ))}
        </SimpleGrid>
      </Stack>
    </Stack>
  );
}
