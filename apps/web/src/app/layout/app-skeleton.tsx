import { Box, Group, Skeleton, Stack, VisuallyHidden } from '@mantine/core';

/** The page's shape while we learn who is signed in: header bar, heading, a few lines. No spinner, no jump. */
export function AppSkeleton() {
  return (
    <Box aria-busy="true">
      <VisuallyHidden role="status">Loading Common Ground</VisuallyHidden>
      <Group h={60} px="md" justify="space-between" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Skeleton height={20} width={160} />
        <Skeleton height={28} width={120} />
      </Group>
      <Stack p="md" gap="md" maw={720}>
        <Skeleton height={32} width="60%" />
        <Skeleton height={16} />
        <Skeleton height={16} width="80%" />
      </Stack>
    </Box>
  );
}
