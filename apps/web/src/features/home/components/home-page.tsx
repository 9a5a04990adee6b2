import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useCurrentUser } from '../../auth/hooks/use-me';

/** Greets by first name; says plainly what is coming rather than showing made-up figures. */
export function HomePage() {
  useDocumentTitle('Home – Common Ground');
  const me = useCurrentUser();
  const firstName = me.name.trim().split(/\s+/)[0] ?? me.name;

  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>Welcome, {firstName}</Title>
      <Text size="lg">
        This is where your day will start. Partners, programs and partnership health will appear here as each part
        of Common Ground is built.
      </Text>
    </Stack>
  );
}
