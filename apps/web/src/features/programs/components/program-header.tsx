import { FOCUS_AREAS, LIBRARY_ROLES, PROGRAM_ROLES } from '@common-ground/domain';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Program } from '../api/types';
import { formatCount, labelsOf, programDates } from '../program-labels';
import { ArchivedBadge, ProgramStatusBadge } from './program-badges';
import classes from './program-header.module.css';

interface ProgramHeaderProps {
  program: Program;
  mayArchive: boolean;
  onArchive: () => void;
}

/** A labelled fact; the label is a term for assistive technology and reads as a small caption. */
function Fact({ label, wide = false, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? classes.wide : undefined}>
      <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
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

      <dl className={classes.facts}>
        <Fact label="Topic">{FOCUS_AREAS.labels[program.topic]}</Fact>
        <Fact label="Library’s role">
          {LIBRARY_ROLES.labels[program.libraryRole]}
          {!counted && (
            <Text span size="xs" c="dimmed" display="block">
              Not counted in funder summaries
            </Text>
          )}
        </Fact>
        <Fact label="Sessions">{formatCount(program.totals.sessions)}</Fact>
        <Fact label="Attendance">
          {formatCount(program.totals.attendance)}
          {program.totals.recordedViews > 0 && (
            <Text span size="xs" c="dimmed" display="block">
              and {formatCount(program.totals.recordedViews)} recorded views
            </Text>
          )}
        </Fact>
        <Fact label="Partners" wide>
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
        </Fact>
      </dl>
    </Stack>
  );
}
