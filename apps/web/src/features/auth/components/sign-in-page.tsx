import { Button, Container, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { summaryItems, type FormField } from '../../../lib/form-problems';
import { toProblemError, type ProblemError } from '../../../lib/problem-error';
import { useSignIn } from '../api/use-sign-in';
import { safeNextPath } from '../safe-next-path';

type SignInField = 'email' | 'password';
const FIELDS: readonly FormField<SignInField>[] = [
  { name: 'email', id: 'sign-in-email' },
  { name: 'password', id: 'sign-in-password' },
];

export function SignInPage() {
  useDocumentTitle('Sign in – Common Ground');
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const signIn = useSignIn();
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const [attempts, setAttempts] = useState(0);

  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (value.trim() === '' ? 'Enter your email address' : null),
      password: (value) => (value === '' ? 'Enter your password' : null),
    },
  });

  const handleSubmit = form.onSubmit(
    (values) => {
      setProblem(null);
      signIn.mutate(
        { email: values.email.trim(), password: values.password },
        {
          onSuccess: () => void navigate(safeNextPath(searchParams.get('next')), { replace: true }),
          // Both fields stay as typed: only the alert changes (UX.md: nothing is lost).
          onError: (error) => setProblem(toProblemError(error)),
        },
      );
    },
    () => setAttempts((count) => count + 1),
  );

  return (
    <Container component="main" id="main-content" size={440} py={48}>
      <Stack gap="lg">
        <div>
          <Title order={1}>Sign in to Common Ground</Title>
          <Text c="dimmed" mt="xs">
            Use the email address and password your administrator gave you.
          </Text>
        </div>
        <Paper withBorder p="lg" radius="md">
          <form onSubmit={handleSubmit} noValidate>
            <Stack gap="md">
              {problem && <ProblemAlert problem={problem} title="You're not signed in" />}
              <ErrorSummary errors={summaryItems(form.errors, FIELDS)} focusKey={attempts} />
              <TextInput
                id="sign-in-email"
                label="Email"
                type="email"
                autoComplete="username"
                inputMode="email"
                spellCheck={false}
                {...form.getInputProps('email')}
              />
              <PasswordInput
                id="sign-in-password"
                label="Password"
                autoComplete="current-password"
                {...form.getInputProps('password')}
              />
              <Button type="submit" fullWidth loading={signIn.isPending}>
                Sign in
              </Button>
            </Stack>
          </form>
        </Paper>
        <Text size="sm" c="dimmed">
          Forgotten your password? Ask an administrator to set a new one.
        </Text>
      </Stack>
    </Container>
  );
}
