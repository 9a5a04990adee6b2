import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A record's facts as a description list ("Agreed by: Both organisations"), wrapping on a phone. */
export function FactList({ children }: { children: ReactNode }) {
  return (
    <Group gap="lg" wrap="wrap" component="dl" m={0} align="flex-start">
      {children}
    </Group>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div style={{ minWidth: 0 }}>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}
