import { Button } from '@mantine/core';
import { notifySuccess } from '../../../components/ui/notify';
import type { User } from '../../../lib/api-types';
import { toProblemError, type ProblemError } from '../../../lib/problem-error';
import { useReactivateUser } from '../api/use-user-mutations';

interface UserStatusActionProps {
  user: User;
  /** Deactivating asks first (a modal owned by the page); reactivating is safe, so it happens at once. */
  onDeactivate: (user: User) => void;
  onProblem: (problem: ProblemError) => void;
}

export function UserStatusAction({ user, onDeactivate, onProblem }: UserStatusActionProps) {
  const reactivate = useReactivateUser();

  if (user.active) {
    return (
      <Button variant="default" color="red" size="xs" aria-label={`Deactivate ${user.name}`} onClick={() => onDeactivate(user)}>
        Deactivate
      </Button>
    );
  }

  return (
    <Button
      variant="default"
      size="xs"
      aria-label={`Reactivate ${user.name}`}
      loading={reactivate.isPending}
      onClick={() =>
        reactivate.mutate(
          { id: user.id, version: user.version },
          {
            onSuccess: (saved) => notifySuccess(`${saved.name} can sign in again`),
            onError: (error) => onProblem(toProblemError(error)),
          },
        )
      }
    >
      Reactivate
    </Button>
  );
}
