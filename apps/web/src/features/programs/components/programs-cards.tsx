import { FOCUS_AREAS } from '@common-ground/domain';
import { Card, Group, Stack, Text } from '@mantine/core';
import { plural, programDates } from '../program-labels';
import { ProgramStatusBadge } from './program-badges';
import { ProgramPartnerLinks, ProgramTitleLink, type ProgramsListProps } from './programs-table';

/** The phone view (UX.md: dense tables collapse to cards): the same facts, stacked for one hand. */
export function ProgramsCards({ programs, labelledBy }: Pick<ProgramsListProps, 'programs' | 'labelledBy'>) {
  return (
    <Stack component="ul" gap="sm" p={0} m={0} aria-labelledby={labelledBy} style={{ listStyle: 'none' }}>
      {programs.map((program) => (
        <Card component="li" key={program.id} withBorder padding="md">
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <div style={{ minWidth: 0 }}>
                <ProgramTitleLink program={program} />
                <Text size="sm" c="dimmed">
                  {programDates(program)}
                </Text>
              </div>
              <ProgramStatusBadge status={program.status} reason={program.statusReason} />
            </Group>
            <Text size="sm">Topic: {FOCUS_AREAS.labels[program.topic]}</Text>
            <Text size="sm" component="div">
              Partners: <ProgramPartnerLinks program={program} />
            </Text>
            <Text size="sm">
              {plural(program.totals.sessions, 'session')} · {plural(program.totals.attendance, 'attendee')}
            </Text>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
