import { STAFF_ROLE_LABELS, STAFF_ROLES, isStaffRole } from '@common-ground/domain';
import { NativeSelect, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormActions } from '../../../components/ui/form-actions';
import { notifySuccess } from '../../../components/ui/notify';
import { useState } from 'react';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { applyFieldProblems, summaryItems, type FormField } from '../../../lib/form-problems';
import { toProblemError, type ProblemError } from '../../../lib/problem-error';
import { useCreateUser } from '../api/use-user-mutations';

const MIN_PASSWORD_LENGTH = 12;
// A light check for typing slips; the API is the judge of what an email address is.
const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type CreateUserField = 'name' | 'email' | 'role' | 'password';
const FIELDS: readonly FormField<CreateUserField>[] = [
  { name: 'name', id: 'create-user-name' },
  { name: 'email', id: 'create-user-email' },
  { name: 'role', id: 'create-user-role' },
  { name: 'password', id: 'create-user-password' },
];

const ROLE_OPTIONS = STAFF_ROLES.map((role) => ({ value: role, label: STAFF_ROLE_LABELS[role] }));

interface CreateUserFormProps {
  onCreated: () => void;
  onCancel: () => void;
}

export function CreateUserForm({ onCreated, onCancel }: CreateUserFormProps) {
  const createUser = useCreateUser();
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const [failedAttempts, setFailedAttempts] = useState(0);

  const form = useForm({
    initialValues: { name: '', email: '', role: 'librarian', password: '' },
    validate: {
      name: (value) => (value.trim() === '' ? 'Enter their full name' : null),
      email: (value) => {
        if (value.trim() === '') return 'Enter their email address';
        return LOOKS_LIKE_EMAIL.test(value.trim()) ? null : 'Enter an email address in the right format, like name@library.org';
      },
      role: (value) => (isStaffRole(value) ? null : 'Choose a role'),
      password: (value) =>
        value.length >= MIN_PASSWORD_LENGTH ? null : `Enter a temporary password of at least ${MIN_PASSWORD_LENGTH} characters`,
    },
  });

  const handleSubmit = form.onSubmit(
    (values) => {
      if (!isStaffRole(values.role)) return;
      setProblem(null);
      const body = { name: values.name.trim(), email: values.email.trim(), role: values.role, password: values.password };
      createUser.mutate(body, {
        onSuccess: (user) => {
          notifySuccess(`Account created for ${user.name}`);
          onCreated();
        },
        onError: (error) => {
          // Field problems go on their fields (and into the summary); the rest is said in the alert.
          // The values stay exactly as typed.
          const problemError = toProblemError(error);
          const unplaced = applyFieldProblems(problemError, FIELDS, form.setFieldError);
          if (problemError.fieldErrors.length === 0 || unplaced.length > 0) setProblem(problemError);
          setFailedAttempts((count) => count + 1);
        },
      });
    },
    () => setFailedAttempts((count) => count + 1),
  );

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        {problem && <ProblemAlert problem={problem} title="The account wasn't created" />}
        <ErrorSummary errors={summaryItems(form.errors, FIELDS)} focusKey={failedAttempts} />
        <TextInput id="create-user-name" label="Full name" autoComplete="off" {...form.getInputProps('name')} />
        <TextInput
          id="create-user-email"
          label="Email"
          description="They sign in with this address"
          type="email"
          autoComplete="off"
          spellCheck={false}
          {...form.getInputProps('email')}
        />
        <NativeSelect id="create-user-role" label="Role" data={ROLE_OPTIONS} {...form.getInputProps('role')} />
        <PasswordInput
          id="create-user-password"
          label="Temporary password"
          description={`At least ${MIN_PASSWORD_LENGTH} characters. Give it to them in person or by phone, not by email.`}
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
        <FormActions onCancel={onCancel} submitLabel="Create account" pending={createUser.isPending} />
      </Stack>
    </form>
  );
}
