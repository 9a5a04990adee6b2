import { Button, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure, useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ListPager } from '../../../components/ui/list-pager';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { PageHeader } from '../../../components/ui/page-header';
import type { User } from '../../../lib/api-types';
import { toProblemError, type ProblemError } from '../../../lib/problem-error';
import { usersKeys, usersListQueryOptions } from '../api/users-queries';
import { USERS_PAGE_SIZE, useUsersView } from '../hooks/use-users-view';
import { CreateUserForm } from './create-user-form';
import { DeactivateUserModal } from './deactivate-user-modal';
import { UsersCards } from './users-cards';
import { UsersSearch } from './users-search';
import { UsersTable } from './users-table';

/** Administrators' page for staff accounts: find, add, change role, deactivate and reactivate. */
export function UsersPage() {
  useDocumentTitle('Staff accounts – Common Ground');
  const headingId = useId();
  const queryClient = useQueryClient();
  const { view, update, query } = useUsersView();
  const users = useQuery(usersListQueryOptions(query));
  const [createOpened, createModal] = useDisclosure(false);
  // The person stays set while the dialog animates closed, so its text does not vanish mid-transition.
  const [deactivating, setDeactivating] = useState<User | null>(null);
  const [deactivateOpened, deactivateModal] = useDisclosure(false);
  const [actionProblem, setActionProblem] = useState<ProblemError | null>(null);
  // Read synchronously on first render so a phone never flashes the wide table before the cards.
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });

  const reload = () => {
    setActionProblem(null);
    void queryClient.invalidateQueries({ queryKey: usersKeys.all });
  };

  const List = isPhone ? UsersCards : UsersTable;

  return (
    <Stack gap="lg">
      <PageHeader
        title="Staff accounts"
        titleId={headingId}
        description="Who can sign in to Common Ground, and what they can do."
        actions={<Button onClick={createModal.open}>Add a staff member</Button>}
      />

      <UsersSearch
        q={view.q}
        showDeactivated={view.showDeactivated}
        onSearch={(q) => update({ q })}
        onShowDeactivatedChange={(showDeactivated) => update({ showDeactivated })}
      />

      {actionProblem && (
        <ProblemAlert
          problem={actionProblem}
          title="That change wasn't saved"
          onReload={reload}
          reloadLabel="Reload staff accounts"
          onClose={() => setActionProblem(null)}
        />
      )}

      {users.isPending ? (
        <ListSkeleton label="Loading staff accounts" />
      ) : users.isError ? (
        <ProblemAlert problem={toProblemError(users.error)} title="Staff accounts didn't load" onRetry={() => void users.refetch()} />
      ) : users.data.items.length === 0 ? (
        <Text>
          {view.q ? `No staff accounts match “${view.q}”.` : 'No staff accounts to show.'}
          {!view.showDeactivated && ' Deactivated accounts are hidden.'}
        </Text>
      ) : (
        <div>
          <List users={users.data.items} labelledBy={headingId} onDeactivate={(user) => {
              setDeactivating(user);
              deactivateModal.open();
            }} onProblem={setActionProblem} />
          <ListPager
            offset={view.offset}
            limit={USERS_PAGE_SIZE}
            total={users.data.total}
            itemLabel="accounts"
            onOffsetChange={(offset) => update({ offset })}
          />
        </div>
      )}

      <Modal opened={createOpened} onClose={createModal.close} title="Add a staff member" size="lg">
        <CreateUserForm onCreated={createModal.close} onCancel={createModal.close} />
      </Modal>
      <DeactivateUserModal user={deactivating} opened={deactivateOpened} onClose={deactivateModal.close} />
    </Stack>
  );
}
