import { Stack, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import classes from './report-view.module.css';

export type HeadingLevel = 2 | 3;

interface ReportSectionProps {
  title: string;
  /** The section's heading level: 2 on a report's own page, 3 inside the builder's preview. */
  order: HeadingLevel;
  children: ReactNode;
}

/** One section of a report, named by its heading; in print each starts on a new page. */
export function ReportSection({ title, order, children }: ReportSectionProps) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm" className={classes.section}>
      <Title order={order} size="h3" id={headingId}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** A heading inside a section (one level below it). */
export function SubHeading({ order, children }: { order: HeadingLevel; children: ReactNode }) {
  return (
    <Title order={order === 2 ? 3 : 4} size="h5" mt="xs">
      {children}
    </Title>
  );
}
