import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifySuccess } from '../../../components/ui/notify';
import { useQueryClient } from '@tanstack/react-query';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import type { User } from '../../../lib/api-types';
import { toProblemError } from '../../../lib/problem-error';
import { useDeactivateUser } from '../api/use-user-mutations';
import { usersKeys } from '../api/users-queries';

interface DeactivateUserModalProps {
  user: User | null;
  opened: boolean;
  onClose: () => void;
}

/** Asks before deactivating; a refusal (the last administrator, a stale row) is explained in the dialog. */
export function DeactivateUserModal({ user, opened, onClose }: DeactivateUserModalProps) {
  const deactivate = useDeactivateUser();
  const queryClient = useQueryClient();

  const close = () => {
    deactivate.reset();
    onClose();
  };

  const confirm = () => {
    if (!user) return;
    deactivate.mutate(
      { id: user.id, version: user.version },
      {
        onSuccess: (saved) => {
          notifySuccess(`${saved.name} can no longer sign in`);
          close();
        },
      },
    );
  };

  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: usersKeys.all });
    close();
  };

  return (
    <Modal opened={opened && user !== null} onClose={close} title={user ? `Deactivate ${user.name}?` : ''} centered>
      {user && (
        <Stack gap="md">
          <Text>
            {user.name} won't be able to sign in. Everything they recorded stays, with their name on it, and you can
            reactivate the account at any time.
          </Text>
          {deactivate.isError && (
            <ProblemAlert
              problem={toProblemError(deactivate.error)}
              title="The account wasn't deactivated"
              onReload={reload}
              reloadLabel="Reload staff accounts"
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button color="red" onClick={confirm} loading={deactivate.isPending}>
              Deactivate account
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
