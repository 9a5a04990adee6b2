import { PROGRAM_ROLES } from '@common-ground/domain';
import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'react-router';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import type { Partner } from '../../../lib/api-types';
import { toProblemError } from '../../../lib/problem-error';
import { programsListQueryOptions } from '../api/programs-queries';
import type { Program } from '../api/types';
import { labelsOf, plural, programDates } from '../program-labels';
import { ProgramStatusBadge } from './program-badges';
import { PartnerLinkList } from './programs-table';

/** The latest programs shown on the partner's page; "See all in Programs" lists the rest. */
export const PARTNER_PROGRAMS_LIMIT = 25;

/**
 * The partner page's "Programs": the joint programs in which this partner has a role, latest first, each with its
 * status, dates, the partner's roles, sessions and attendance; and planning a new one with this partner.
 */
export function PartnerProgramsTab({ partner }: { partner: Partner }) {
  const headingId = useId();
  const programs = useQuery(programsListQueryOptions({ partnerId: partner.id, limit: PARTNER_PROGRAMS_LIMIT, sort: '-startsOn' }));
  const editable = partner.archivedAt === null;
  const allPath = `/programs?partner=${encodeURIComponent(partner.id)}`;

  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Title order={2} id={headingId}>
          Programs
        </Title>
        {editable && (
          <Button component={Link} to={`/programs/new?partnerId=${encodeURIComponent(partner.id)}`} variant="default">
            Plan a program with this partner
          </Button>
        )}
      </Group>

      {programs.isPending ? (
        <ListSkeleton rows={3} label="Loading programs" />
      ) : programs.isError ? (
        <ProblemAlert problem={toProblemError(programs.error)} title="Programs didn't load" onRetry={() => void programs.refetch()} />
      ) : programs.data.items.length === 0 ? (
        <Text c="dimmed">
          No programs with {partner.name} yet.{editable ? ' Plan one, and give them a role in it.' : ''}
        </Text>
      ) : (
        <>
          <Text size="sm" aria-live="polite">
            {plural(programs.data.totals.programs, 'program')} · {plural(programs.data.totals.sessions, 'session')} ·{' '}
            {plural(programs.data.totals.attendance, 'attendee')} in all
          </Text>
          <Stack component="ul" gap="sm" p={0} m={0} aria-labelledby={headingId} style={{ listStyle: 'none' }}>
            {programs.data.items.map((program) => (
              <PartnerProgramCard key={program.id} program={program} partnerId={partner.id} />
            ))}
          </Stack>
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text size="sm" c="dimmed">
              Showing {programs.data.items.length} of {plural(programs.data.total, 'program')}, latest first
            </Text>
            <Anchor component={Link} to={allPath}>
              See all in Programs
            </Anchor>
          </Group>
        </>
      )}
    </Stack>
  );
}

function PartnerProgramCard({ program, partnerId }: { program: Program; partnerId: string }) {
  const titleId = useId();
  const roles = program.partners.find((partner) => partner.id === partnerId)?.roles ?? [];
  const others = program.partners.filter((partner) => partner.id !== partnerId);
  return (
    <Card component="li" withBorder padding="md" aria-labelledby={titleId}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/programs/${program.id}`} fw={600} id={titleId} style={{ overflowWrap: 'anywhere' }}>
              {program.title}
            </Anchor>
            <Text size="sm" c="dimmed">
              {programDates(program)}
            </Text>
          </div>
          <div style={{ flexShrink: 0 }}>
            <ProgramStatusBadge status={program.status} reason={program.statusReason} />
          </div>
        </Group>
        <Text size="sm">
          {roles.length === 1 ? 'Role' : 'Roles'}: {roles.length > 0 ? labelsOf(roles, PROGRAM_ROLES.labels).join(', ') : 'none in use'}
        </Text>
        {others.length > 0 && (
          <Text size="sm" component="div">
            With: <PartnerLinkList partners={others} />
          </Text>
        )}
        <Text size="sm">
          {plural(program.totals.sessions, 'session')} · {plural(program.totals.attendance, 'attendee')}
        </Text>
      </Stack>
    </Card>
  );
}
