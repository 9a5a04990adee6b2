import { STAFF_ROLE_LABELS, STAFF_ROLES, isStaffRole } from '@common-ground/domain';
import { NativeSelect } from '@mantine/core';
import { notifySuccess } from '../../../components/ui/notify';
import type { User } from '../../../lib/api-types';
import { toProblemError, type ProblemError } from '../../../lib/problem-error';
import { useUpdateUser } from '../api/use-user-mutations';

const ROLE_OPTIONS = STAFF_ROLES.map((role) => ({ value: role, label: STAFF_ROLE_LABELS[role] }));

interface UserRoleSelectProps {
  user: User;
  onProblem: (problem: ProblemError) => void;
}

/**
 * Shows a person's role and changes it in one step. A native <select> because it is the easiest control to use
 * on a phone and with a screen reader. The row's version goes with the change so a stale row gets a 409.
 */
export function UserRoleSelect({ user, onProblem }: UserRoleSelectProps) {
  const update = useUpdateUser();
  // While saving, show the role being saved rather than flicking back to the old one.
  const value = update.isPending && update.variables.role ? update.variables.role : user.role;

  const changeRole = (role: string) => {
    if (!isStaffRole(role) || role === user.role) return;
    update.mutate(
      { id: user.id, version: user.version, role },
      {
        onSuccess: (saved) =>
          notifySuccess(`${saved.name} is now ${STAFF_ROLE_LABELS[role]}`),
        onError: (error) => onProblem(toProblemError(error)),
      },
    );
  };

  return (
    <NativeSelect
      aria-label={`Role for ${user.name}`}
      data={ROLE_OPTIONS}
      value={value}
      disabled={update.isPending}
      onChange={(event) => changeRole(event.currentTarget.value)}
      size="sm"
    />
  );
}
