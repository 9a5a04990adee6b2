import { FOCUS_AREAS, PARTNER_TYPES } from '@common-ground/domain';
import { Anchor, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { DateText } from '../../../components/ui/date-text';
import { SortHeader } from '../../../components/ui/sort-header';
import type { Partner } from '../../../lib/api-types';
import type { PartnerSort, SortField } from '../hooks/use-partners-view';
import { labelsOf } from '../partner-labels';
import { HealthProfileBadge } from '../../health/components/health-profile';
import { ArchivedBadge, NextReview, PartnerStageBadge } from './partner-badges';

export interface PartnersListProps {
  partners: Partner[];
  labelledBy: string;
  /** The sort in effect; null while a search is ordered by relevance. */
  sort: PartnerSort | null;
  onSort: (field: SortField) => void;
}

const SORTABLE: { field: SortField; label: string }[] = [
  { field: 'name', label: 'Name' },
  { field: 'type', label: 'Type' },
  { field: 'stage', label: 'Stage' },
  { field: 'liaison', label: 'Liaison' },
];

/** Name links to the partner page; "Archived" is said in words when archived partners are shown. */
export function PartnerNameLink({ partner }: { partner: Partner }) {
  return (
    <Group gap="xs" wrap="wrap" component="span">
      <Anchor component={Link} to={`/partners/${partner.id}`} fw={600}>
        {partner.name}
      </Anchor>
      {partner.archivedAt && <ArchivedBadge />}
    </Group>
  );
}

/**
 * The health profile from the partner's latest snapshot, or words when there is nothing to show: not scored yet, or
 * scored with every factor short of evidence (a row of zeros would read as "no problems").
 */
export function PartnerHealth({ partner }: { partner: Partner }) {
  const health = partner.health;
  if (health && health.strength + health.borderline + health.concern > 0) return <HealthProfileBadge profile={health} />;
  return (
    <Text span size="sm" c="dimmed">
      {health ? 'Not enough evidence yet' : 'Not scored yet'}
    </Text>
  );
}

export function LastContact({ value }: { value: string | null }) {
  if (value) return <DateText value={value} />;
  return (
    <Text span size="sm">
      <span aria-hidden="true">—</span>
      <VisuallyHidden>None logged</VisuallyHidden>
    </Text>
  );
}

/** The desktop and tablet view: one row per partner, sortable by its key columns. */
export function PartnersTable({ partners, labelledBy, sort, onSort }: PartnersListProps) {
  return (
    <Table.ScrollContainer minWidth={1080}>
      <Table aria-labelledby={labelledBy} verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {SORTABLE.map((column) => (
              <SortHeader key={column.field} {...column} sort={sort} onSort={onSort} />
            ))}
            <Table.Th scope="col">Focus areas</Table.Th>
            <SortHeader field="weakestFactor" label="Health" sort={sort} onSort={onSort} />
            <SortHeader field="lastContactAt" label="Last contact" sort={sort} onSort={onSort} />
            <SortHeader field="nextReviewOn" label="Next review" sort={sort} onSort={onSort} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {partners.map((partner) => (
            <Table.Tr key={partner.id}>
              <Table.Th scope="row" fw={400} miw={180}>
                <PartnerNameLink partner={partner} />
              </Table.Th>
              <Table.Td>
                <Text size="sm">{PARTNER_TYPES.labels[partner.type]}</Text>
              </Table.Td>
              <Table.Td>
                <PartnerStageBadge stage={partner.stage} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{partner.liaison?.name ?? 'No liaison'}</Text>
              </Table.Td>
              <Table.Td maw={260}>
                <Text size="sm">{labelsOf(partner.focusAreas, FOCUS_AREAS.labels).join(', ') || '—'}</Text>
              </Table.Td>
              <Table.Td miw={130}>
                <PartnerHealth partner={partner} />
              </Table.Td>
              <Table.Td miw={120}>
                <LastContact value={partner.lastContactAt} />
              </Table.Td>
              <Table.Td miw={150}>
                <NextReview partner={partner} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
