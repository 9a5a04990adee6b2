import { Table, Text } from '@mantine/core';
import { useId, type ReactNode } from 'react';

interface ReportTableProps {
  caption: string;
  /** The widest the table needs before it scrolls sideways (phones). */
  minWidth?: number;
  children: ReactNode;
}

/**
 * A report table: on a narrow screen it scrolls sideways inside a region named after its caption, so a keyboard
 * user can focus and scroll it and a screen reader says what it is.
 */
export function ReportTable({ caption, minWidth = 520, children }: ReportTableProps) {
  const captionId = useId();
  return (
    <Table.ScrollContainer
      minWidth={minWidth}
      type="native"
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
    >
      <Table withTableBorder striped fz="sm" verticalSpacing={6}>
        <Table.Caption id={captionId} style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text span fw={600} size="sm">
            {caption}
          </Text>
        </Table.Caption>
        {children}
      </Table>
    </Table.ScrollContainer>
  );
}

/** A right-aligned number cell, with tabular figures so columns line up. */
export function NumberCell({ children }: { children: ReactNode }) {
  return <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{children}</Table.Td>;
}

export function NumberHeader({ children }: { children: ReactNode }) {
  return (
    <Table.Th scope="col" style={{ textAlign: 'right' }}>
      {children}
    </Table.Th>
  );
}
