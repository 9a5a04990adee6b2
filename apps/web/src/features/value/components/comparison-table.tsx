import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ComparisonRow {
  key: string;
  label: ReactNode;
  current: ReactNode;
  previous: ReactNode;
}

interface ComparisonTableProps {
  caption: string;
  currentLabel: string;
  previousLabel: string;
  rows: ComparisonRow[];
  /** The heading of the first column ("Figure", "Age band"…). */
  rowHeader?: string;
}

/**
 * A figure for the chosen year beside the same figure for the year before: the only comparison the value view makes
 * (a partner is compared only with itself). Three columns, so it fits a phone.
 */
export function ComparisonTable({ caption, currentLabel, previousLabel, rows, rowHeader = 'Figure' }: ComparisonTableProps) {
  return (
    <Table.ScrollContainer minWidth={320} type="native">
      <Table striped withTableBorder verticalSpacing="xs" fz="sm">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text span fw={600} size="sm">
            {caption}
          </Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{rowHeader}</Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              {currentLabel}
            </Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              {previousLabel}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={400}>
                {row.label}
              </Table.Th>
              <Table.Td style={{ textAlign: 'right' }}>{row.current}</Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>{row.previous}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
