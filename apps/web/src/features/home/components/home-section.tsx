import { Badge, Group, Stack, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

interface HomeSectionProps {
  title: string;
  /** Shown beside the heading when there is something to count. */
  count?: number;
  countColor?: string;
  children: (headingId: string) => ReactNode;
}

/** One block of the home page: a heading (with how many, in words for screen readers too) and its list. */
export function HomeSection({ title, count, countColor = 'gray', children }: HomeSectionProps) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Group gap="xs" align="center">
        <Title order={2} id={headingId}>
          {title}
        </Title>
        {count !== undefined && count > 0 && (
          <Badge color={countColor} variant="light" aria-hidden="true">
            {count}
          </Badge>
        )}
      </Group>
      {children(headingId)}
    </Stack>
  );
}
