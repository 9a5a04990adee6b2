import { Anchor, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { formatDay } from '../../../lib/calendar-day';
import type { PortfolioItem } from '../api/types';
import { FACTOR_ORDER, factorName } from '../health-words';
import { FactorCell } from './factor-cell';
import { HealthProfileBadge } from './health-profile';
import { SendAssessmentLinkButton, type SendLinkTarget } from './send-assessment-link';

/** Every partner on this page as a heat-row: the five factors side by side, the profile, and the way to reassess. */
interface PortfolioTableProps {
  items: PortfolioItem[];
  labelledBy: string;
  onSendLink: (partner: SendLinkTarget) => void;
}

export function PortfolioTable({ items, labelledBy, onSendLink }: PortfolioTableProps) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-labelledby={labelledBy} verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Partner</Table.Th>
            <Table.Th scope="col">Profile</Table.Th>
            {FACTOR_ORDER.map((factor) => (
              <Table.Th key={factor} scope="col">
                <abbr title={factorName(factor)}>{factor}</abbr>
              </Table.Th>
            ))}
            <Table.Th scope="col">Last assessed</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.partner.id}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`/partners/${item.partner.id}?tab=health`} fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {item.partner.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {item.partner.liaison ? `Liaison: ${item.partner.liaison.name}` : 'No liaison'}
                </Text>
              </Table.Th>
              <Table.Td>
                <HealthProfileBadge profile={item.profile} />
              </Table.Td>
              {FACTOR_ORDER.map((factor) => (
                <Table.Td key={factor}>
                  <FactorCell factor={item.factors[factor]} />
                </Table.Td>
              ))}
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {item.lastAssessedOn ? formatDay(item.lastAssessedOn) : 'Never'}
                </Text>
              </Table.Td>
              <Table.Td>
                <SendAssessmentLinkButton partner={item.partner} onSend={onSendLink} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * The same partners on a phone: a card each instead of a nine-column row that needed 900 px. The five factors stay
 * side by side (each named by its abbreviation, spelled out for screen readers and on hover), so a column of cards
 * still reads as a heat-map.
 */
export function PortfolioCards({ items, labelledBy, onSendLink }: PortfolioTableProps) {
  return (
    <Stack component="ul" aria-labelledby={labelledBy} gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((item) => (
        <Paper component="li" key={item.partner.id} withBorder radius="md" p="sm">
          <Stack gap={6}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <div style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/partners/${item.partner.id}?tab=health`} fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {item.partner.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {item.partner.liaison ? `Liaison: ${item.partner.liaison.name}` : 'No liaison'}
                </Text>
              </div>
              <HealthProfileBadge profile={item.profile} />
            </Group>
            <Group component="dl" gap={6} m={0} wrap="wrap">
              {FACTOR_ORDER.map((factor) => (
                <Group key={factor} gap={4} wrap="nowrap">
                  <Text component="dt" size="xs" c="dimmed">
                    <abbr title={factorName(factor)}>{factor}</abbr>
                    <VisuallyHidden> ({factorName(factor)})</VisuallyHidden>
                  </Text>
                  <dd style={{ margin: 0 }}>
                    <FactorCell factor={item.factors[factor]} />
                  </dd>
                </Group>
              ))}
            </Group>
            <Group justify="space-between" align="center" gap="xs">
              <Text size="sm" c="dimmed">
                {item.lastAssessedOn ? `Last assessed ${formatDay(item.lastAssessedOn)}` : 'Never assessed'}
              </Text>
              <SendAssessmentLinkButton partner={item.partner} onSend={onSendLink} />
            </Group>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
