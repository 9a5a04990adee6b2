import { FOCUS_AREAS } from '@common-ground/domain';
import { Anchor, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { SortHeader } from '../../../components/ui/sort-header';
import type { Program, ProgramSort } from '../api/types';
import type { ProgramSortField } from '../hooks/use-programs-view';
import { formatCount, programDates } from '../program-labels';
import { ArchivedBadge, ProgramStatusBadge } from './program-badges';
import classes from './programs-table.module.css';

export interface ProgramsListProps {
  programs: Program[];
  labelledBy: string;
  sort: ProgramSort;
  onSort: (field: ProgramSortField) => void;
}

export function ProgramTitleLink({ program }: { program: Program }) {
  return (
    <Group gap="xs" wrap="wrap" component="span">
      <Anchor component={Link} to={`/programs/${program.id}`} fw={600}>
        {program.title}
      </Anchor>
      {program.archivedAt && <ArchivedBadge />}
    </Group>
  );
}

/** The partners with a role, each a link to its page; "None yet" when nobody has a role. */
export function ProgramPartnerLinks({ program }: { program: Program }) {
  if (program.partners.length === 0) {
    return (
      <Text span size="sm" c="dimmed">
        None yet
      </Text>
    );
  }
  return (
    <Text span size="sm">
      <PartnerLinkList partners={program.partners} />
    </Text>
  );
}

/** Partners as links to their pages, separated by commas. */
export function PartnerLinkList({ partners }: { partners: readonly { id: string; name: string }[] }) {
  return partners.map((partner, index) => (
    <span key={partner.id}>
      {index > 0 && ', '}
      <Anchor component={Link} to={`/partners/${partner.id}`} size="sm">
        {partner.name}
      </Anchor>
    </span>
  ));
}

/** The desktop and tablet view: one row per program, sortable by its key columns. */
export function ProgramsTable({ programs, labelledBy, sort, onSort }: ProgramsListProps) {
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table aria-labelledby={labelledBy} verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <SortHeader field="title" label="Title" sort={sort} onSort={onSort} />
            <SortHeader field="startsOn" label="Dates" sort={sort} onSort={onSort} />
            <SortHeader field="status" label="Status" sort={sort} onSort={onSort} />
            <Table.Th scope="col">Topic</Table.Th>
            <Table.Th scope="col">Partners</Table.Th>
            <Table.Th scope="col" className={classes.number}>
              Sessions
            </Table.Th>
            <SortHeader field="attendance" label="Attendance" sort={sort} onSort={onSort} className={classes.number} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {programs.map((program) => (
            <Table.Tr key={program.id}>
              <Table.Th scope="row" fw={400} miw={200}>
                <ProgramTitleLink program={program} />
              </Table.Th>
              <Table.Td miw={150}>
                <Text size="sm">{programDates(program)}</Text>
              </Table.Td>
              <Table.Td>
                <ProgramStatusBadge status={program.status} reason={program.statusReason} />
              </Table.Td>
              <Table.Td maw={200}>
                <Text size="sm">{FOCUS_AREAS.labels[program.topic]}</Text>
              </Table.Td>
              <Table.Td maw={240}>
                <ProgramPartnerLinks program={program} />
              </Table.Td>
              <Table.Td className={classes.number}>{formatCount(program.totals.sessions)}</Table.Td>
              <Table.Td className={classes.number}>{formatCount(program.totals.attendance)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
