import { Table, Text, VisuallyHidden } from '@mantine/core';
import { DateText } from '../../../components/ui/date-text';
import type { User } from '../../../lib/api-types';
import type { ProblemError } from '../../../lib/problem-error';
import { UserRoleSelect } from './user-role-select';
import { UserStatusAction } from './user-status-action';
import { UserStatusBadge } from './user-status-badge';

export interface UsersListProps {
  users: User[];
  labelledBy: string;
  onDeactivate: (user: User) => void;
  onProblem: (problem: ProblemError) => void;
}

/** The desktop and tablet view: one row per person, every action in the row. */
export function UsersTable({ users, labelledBy, onDeactivate, onProblem }: UsersListProps) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-labelledby={labelledBy} verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Email</Table.Th>
            <Table.Th scope="col">Role</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Last signed in</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Th scope="row" fw={600}>
                {user.name}
              </Table.Th>
              <Table.Td>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {user.email}
                </Text>
              </Table.Td>
              <Table.Td miw={200}>
                <UserRoleSelect user={user} onProblem={onProblem} />
              </Table.Td>
              <Table.Td>
                <UserStatusBadge active={user.active} />
              </Table.Td>
              <Table.Td miw={150}>
                <DateText value={user.lastSignedInAt} />
              </Table.Td>
              <Table.Td ta="right">
                <UserStatusAction user={user} onDeactivate={onDeactivate} onProblem={onProblem} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
