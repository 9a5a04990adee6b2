import { FOCUS_AREAS, LIBRARY_ROLES, PROGRAM_ROLES } from '@common-ground/domain';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { KeyFact, KeyFacts } from '../../../components/ui/key-facts';
import type { Program } from '../api/types';
import { formatCount, labelsOf, programDates } from '../program-labels';
import { ArchivedBadge, ProgramStatusBadge } from './program-badges';

interface ProgramHeaderProps {
  program: Program;
  mayArchive: boolean;
  onArchive: () => void;
}

/** The essentials of a program at the top of its page: when, where it stands, who is in it, and how many came. */
export function ProgramHeader({ program, mayArchive, onArchive }: ProgramHeaderProps) {
  const counted = program.libraryRole !== 'promotion-only';
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} miw={0}>
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {program.title}
          </Title>
          <Group gap="xs" wrap="wrap">
            <ProgramStatusBadge status={program.status} reason={program.statusReason} />
            {program.archivedAt && <ArchivedBadge />}
            <Text size="sm" c="dimmed">
              {programDates(program)}
            </Text>
          </Group>
        </Stack>
        <Group gap="sm">
          <Button component={Link} to={`/programs/${program.id}/edit`} variant={program.archivedAt ? 'default' : 'filled'}>
            Edit
          </Button>
          {mayArchive && !program.archivedAt && (
            <Button variant="default" color="red" onClick={onArchive}>
              Archive
            </Button>
          )}
        </Group>
      </Group>

      {program.statusNote && (
        <Text size="sm">
          <Text span fw={600} size="sm">
            Status note:{' '}
          </Text>
          {program.statusNote}
        </Text>
      )}

      <KeyFacts>
        <KeyFact label="Topic">{FOCUS_AREAS.labels[program.topic]}</KeyFact>
        <KeyFact label="Library’s role">
          {LIBRARY_ROLES.labels[program.libraryRole]}
          {!counted && (
            <Text span size="xs" c="dimmed" display="block">
              Not counted in funder summaries
            </Text>
          )}
        </KeyFact>
        <KeyFact label="Sessions">{formatCount(program.totals.sessions)}</KeyFact>
        <KeyFact label="Attendance">
          {formatCount(program.totals.attendance)}
          {program.totals.recordedViews > 0 && (
            <Text span size="xs" c="dimmed" display="block">
              and {formatCount(program.totals.recordedViews)} recorded views
            </Text>
          )}
        </KeyFact>
        <KeyFact label="Partners" wide="always">
          {program.partners.length === 0 ? (
            'None yet — add them under “Partners & roles”'
          ) : (
            <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: 'none' }}>
              {program.partners.map((partner) => (
                <li key={partner.id}>
                  <Anchor component={Link} to={`/partners/${partner.id}`} size="sm">
                    {partner.name}
                  </Anchor>
                  {partner.roles.length > 0 && (
                    <Text span size="sm" c="dimmed">
                      {' '}
                      · {labelsOf(partner.roles, PROGRAM_ROLES.labels).join(', ')}
                    </Text>
                  )}
                </li>
              ))}
            </Stack>
          )}
        </KeyFact>
      </KeyFacts>
    </Stack>
  );
}
