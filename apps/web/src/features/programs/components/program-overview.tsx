import {
  AGE_BANDS,
  AUDIENCE_SCOPES,
  DEVELOPMENT_MODELS,
  IMPACT_AREAS,
  PRIMARY_OUTCOMES,
  PROGRAM_FORMATS,
  PROGRAM_LOCATIONS,
  PUBLICS,
} from '@common-ground/domain';
import { Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { Fact, FactList } from '../../../components/ui/fact-list';
import { formatDay } from '../../../lib/calendar-day';
import type { Program } from '../api/types';
import { labelsOf } from '../program-labels';
import { CHECKLIST, checklistLabel } from '../program-form-values';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** The program's plan in full: what it is, who it is for, NILPPA's dimensions, the checklist and the follow-through. */
export function ProgramOverview({ program }: { program: Program }) {
  const done = CHECKLIST.filter(({ key }) => program.checklist[key] !== null).length;
  const targetGroups = labelsOf(program.targetGroups, PUBLICS.labels);
  const ageBands = labelsOf(program.ageBands, AGE_BANDS.labels);
  const impactAreas = labelsOf(program.impactAreas, IMPACT_AREAS.labels);
  return (
    <Stack gap="md">
      {program.description && (
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{program.description}</Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Section title="Purpose (NILPPA)">
          <FactList>
            <Fact label="Main intended outcome">{PRIMARY_OUTCOMES.labels[program.primaryOutcome]}</Fact>
            <Fact label="Developed">{DEVELOPMENT_MODELS.labels[program.developmentModel]}</Fact>
            <Fact label="Kind of program">{PROGRAM_FORMATS.labels[program.format]}</Fact>
            <Fact label="Where">{PROGRAM_LOCATIONS.labels[program.location]}</Fact>
            <Fact label="Impact areas">{impactAreas.length ? impactAreas.join(', ') : 'None chosen'}</Fact>
          </FactList>
        </Section>
        <Section title="Audience">
          <FactList>
            <Fact label="Who it is for">{AUDIENCE_SCOPES.labels[program.audienceScope]}</Fact>
            {program.audienceScope === 'specific-groups' && <Fact label="Target groups">{targetGroups.join(', ') || 'None chosen'}</Fact>}
            <Fact label="Age bands">{ageBands.length ? ageBands.join(', ') : 'Any age'}</Fact>
          </FactList>
        </Section>
        <Section title="Admin checklist">
          <Group gap="xs" mb="sm">
            <Badge color={program.checklistComplete ? 'green' : 'yellow'} variant="light" tt="none">
              {program.checklistComplete ? 'Complete' : 'Incomplete'}
            </Badge>
            <Text size="sm" c="dimmed">
              {done} of {CHECKLIST.length} done
            </Text>
          </Group>
          <List spacing={4} listStyleType="none" p={0}>
            {CHECKLIST.map(({ key }) => {
              const day = program.checklist[key];
              return (
                <List.Item key={key}>
                  <Text size="sm">
                    <Text span inherit aria-hidden="true">
                      {day ? '✓ ' : '○ '}
                    </Text>
                    {checklistLabel(key)}: {day ? `done ${formatDay(day)}` : 'not yet'}
                  </Text>
                </List.Item>
              );
            })}
          </List>
        </Section>
        <Section title="Credit and follow-through">
          <FactList>
            <Fact label="Partners credited in the promotion">{program.partnerCredited ? 'Yes' : 'No'}</Fact>
            <Fact label="Outcome summary shared">
              {program.outcomeSummarySharedOn ? formatDay(program.outcomeSummarySharedOn) : 'Not yet'}
            </Fact>
          </FactList>
        </Section>
      </SimpleGrid>
    </Stack>
  );
}
