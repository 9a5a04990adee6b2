import { Button, Collapse, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId, type ReactNode } from 'react';

interface ChartWithTableProps {
  /** The chart: an image to sighted readers, named in words for screen readers. */
  chart: ReactNode;
  /** The same figures as a table (UX.md: charts have a table alternative). */
  table: ReactNode;
  /** What the table shows, for its button: "Show the trend as a table". */
  tableLabel: string;
}

/** A chart with a button that opens the same figures as a table, for screen readers, keyboards and printing. */
export function ChartWithTable({ chart, table, tableLabel }: ChartWithTableProps) {
  const [opened, toggle] = useDisclosure(false);
  const tableId = useId();
  return (
    <Stack gap={4}>
      {chart}
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={toggle.toggle}
        aria-expanded={opened}
        aria-controls={tableId}
        style={{ alignSelf: 'flex-start' }}
      >
        {opened ? tableLabel.replace(/^Show/, 'Hide') : tableLabel}
      </Button>
      <Collapse expanded={opened} id={tableId}>
        {opened && table}
      </Collapse>
    </Stack>
  );
}
