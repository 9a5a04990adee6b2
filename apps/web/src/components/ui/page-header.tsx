import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: ReactNode;
  /** For a list or table that takes its name from the page's heading (aria-labelledby). */
  titleId?: string;
  description: ReactNode;
  /** Beside the heading on a wide screen, below it on a phone: the page's main action, or a group of them. */
  actions: ReactNode;
  /** Anything else under the description, such as a live status line. */
  children?: ReactNode;
}

/** A page's heading and one-line description, with its main actions at the end of the row. */
export function PageHeader({ title, titleId, description, actions, children }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
      <div>
        <Title order={1} id={titleId}>
          {title}
        </Title>
        <Text c="dimmed">{description}</Text>
        {children}
      </div>
      {actions}
    </Group>
  );
}
