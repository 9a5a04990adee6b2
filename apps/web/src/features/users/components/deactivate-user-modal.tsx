import { Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { notifySuccess } from '../../../components/ui/notify';
import type { User } from '../../../lib/api-types';
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
    <ConfirmDialog
      opened={opened && user !== null}
      title={user ? `Deactivate ${user.name}?` : ''}
      confirmLabel="Deactivate account"
      pending={deactivate.isPending}
      error={deactivate.error}
      errorTitle="The account wasn't deactivated"
      reloadLabel="Reload staff accounts"
      onReload={reload}
      onConfirm={confirm}
      onClose={close}
    >
      <Text>
        {user?.name} won't be able to sign in. Everything they recorded stays, with their name on it, and you can
        reactivate the account at any time.
      </Text>
    </ConfirmDialog>
  );
}
