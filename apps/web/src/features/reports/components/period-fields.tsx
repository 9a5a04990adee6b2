import { Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useId } from 'react';
import { todayCalendarDay } from '../../../lib/calendar-day';
import { BUILDER_FIELD_IDS, type BuilderErrors, type BuilderValues } from '../report-definition';
import { QUICK_PERIODS, matchingQuickPeriod, quickPeriod } from '../report-period';

interface PeriodFieldsProps {
  values: BuilderValues;
  errors: BuilderErrors;
  onChange: (changes: Partial<BuilderValues>) => void;
}

/** The period's first and last days (inclusive), with the usual choices one click away. */
export function PeriodFields({ values, errors, onChange }: PeriodFieldsProps) {
  const legendId = useId();
  const today = todayCalendarDay();
  const current = matchingQuickPeriod(values, today);
  return (
    <Stack component="fieldset" gap="xs" m={0} p={0} style={{ border: 0 }} aria-labelledby={legendId}>
      <Text component="legend" id={legendId} fw={600} size="sm" p={0}>
        Period
      </Text>
      <Group gap="xs" role="group" aria-label="Quick choices for the period">
        {QUICK_PERIODS.map((choice) => (
          <Button
            key={choice.value}
            size="compact-sm"
            variant={current === choice.value ? 'filled' : 'default'}
            aria-pressed={current === choice.value}
            onClick={() => onChange(quickPeriod(choice.value, today))}
          >
            {choice.label}
          </Button>
        ))}
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          id={BUILDER_FIELD_IDS.from}
          type="date"
          label="From"
          description="The first day counted"
          value={values.from}
          onChange={(event) => onChange({ from: event.currentTarget.value })}
          error={errors.from}
        />
        <TextInput
          id={BUILDER_FIELD_IDS.to}
          type="date"
          label="To"
          description="The last day counted"
          value={values.to}
          onChange={(event) => onChange({ to: event.currentTarget.value })}
          error={errors.to}
        />
      </SimpleGrid>
    </Stack>
  );
}
