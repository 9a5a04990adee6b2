import { CONTRIBUTION_TYPES, SIDES } from '@common-ground/domain';
import { Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { formatMoney, formatNumber, formatQuantity, plural } from '../../value/shared/format';
import type { ContributionTotals } from '../api/types';

interface ContributionTotalsViewProps {
  totals: ContributionTotals;
  /** What the figures cover, in words ("the lines shown", "given in 2026"). */
  caption: string;
  /** Heading level of "Totals" in the page's outline. */
  headingOrder?: 3 | 4;
  title?: string;
}

/** The totals per side, per type and the volunteer hours, exactly as the API added them up. */
export function ContributionTotalsView({ totals, caption, headingOrder = 3, title = 'Totals' }: ContributionTotalsViewProps) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={headingOrder} id={headingId} size="h4">
        {title}
      </Title>
      <Text size="sm" c="dimmed">
        {caption}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="dl" m={0}>
        <Figure label="Total value" value={formatMoney(totals.moneyValue)} />
        {totals.bySide.map((side) => (
          <Figure key={side.side} label={`${SIDES.labels[side.side]} brought`} value={formatMoney(side.moneyValue)} note={plural(side.count, 'line', 'lines')} />
        ))}
        <Figure label="Volunteer hours" value={formatNumber(totals.volunteerHours)} />
      </SimpleGrid>
      {totals.byType.length > 0 && (
        <Table.ScrollContainer minWidth={300} type="native">
          <Table striped withTableBorder verticalSpacing="xs" fz="sm">
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>By type</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Type</Table.Th>
                <Table.Th scope="col">How much</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  Value
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {totals.byType.map((type) => (
                <Table.Tr key={type.type}>
                  <Table.Th scope="row" fw={500}>
                    {CONTRIBUTION_TYPES.labels[type.type]}
                    <Text span size="xs" c="dimmed" display="block">
                      {plural(type.count, 'line', 'lines')}
                    </Text>
                  </Table.Th>
                  <Table.Td>{type.quantityByUnit.length > 0 ? type.quantityByUnit.map((item) => formatQuantity(item.quantity, item.unit)).join(', ') : '—'}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{formatMoney(type.moneyValue)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={700} size="lg">
        {value}
      </Text>
      {note && (
        <Text component="dd" m={0} size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Card>
  );
}
