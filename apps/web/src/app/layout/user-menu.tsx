import { STAFF_ROLE_LABELS } from '@common-ground/domain';
import { Box, Button, Group, Text } from '@mantine/core';
import { notifyFailure } from '../../components/ui/notify';
import type { Me } from '../../lib/api-types';
import { useSignOut } from '../../features/auth/api/use-sign-out';
import { toProblemError } from '../../lib/problem-error';

/**
 * Who is signed in and the way out. On a phone the header has no room for the name, so it moves into the
 * navigation drawer (see app-layout) and the button says whose session it ends.
 */
export function UserMenu({ me }: { me: Me }) {
  const signOut = useSignOut();
  const handleSignOut = () =>
    signOut.mutate(undefined, {
      onError: (error) => notifyFailure("You're still signed in", toProblemError(error).detail),
    });

  return (
    <Group gap="sm" wrap="nowrap" miw={0}>
      <Box miw={0} ta="right" visibleFrom="sm">
        <Text size="sm" fw={600} truncate="end" title={me.name}>
          {me.name}
        </Text>
        <Text size="xs" c="dimmed" truncate="end">
          {STAFF_ROLE_LABELS[me.role]}
        </Text>
      </Box>
      <Button
        variant="default"
        size="compact-sm"
        onClick={handleSignOut}
        loading={signOut.isPending}
        style={{ flexShrink: 0 }}
        title={`Signed in as ${me.name}`}
      >
        Sign out
      </Button>
    </Group>
  );
}
