import { Card, Group, Stack, Text } from '@mantine/core';
import { DateText } from '../../../components/ui/date-text';
import { UserRoleSelect } from './user-role-select';
import { UserStatusAction } from './user-status-action';
import { UserStatusBadge } from './user-status-badge';
import type { UsersListProps } from './users-table';

/** The phone view (UX.md: dense tables collapse to cards): the same facts and actions, stacked for one hand. */
export function UsersCards({ users, labelledBy, onDeactivate, onProblem }: UsersListProps) {
  return (
    <Stack component="ul" gap="sm" p={0} m={0} aria-labelledby={labelledBy} style={{ listStyle: 'none' }}>
      {users.map((user) => (
        <Card component="li" key={user.id} withBorder padding="md">
          <Stack gap="xs">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div style={{ minWidth: 0 }}>
                <Text fw={700}>{user.name}</Text>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {user.email}
                </Text>
              </div>
              <UserStatusBadge active={user.active} />
            </Group>
            <UserRoleSelect user={user} onProblem={onProblem} />
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text size="sm" c="dimmed" component="div">
                Last signed in: <DateText value={user.lastSignedInAt} />
              </Text>
              <UserStatusAction user={user} onDeactivate={onDeactivate} onProblem={onProblem} />
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
