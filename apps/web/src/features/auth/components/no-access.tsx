import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';

/** Inside the signed-in layout, so the navigation (with Home) is right there; no second link needed. */
export function NoAccess() {
  useDocumentTitle('No access – Common Ground');
  return (
    <Stack gap="sm" maw={640}>
      <Title order={1}>You don't have access to this page</Title>
      <Text>This page is for administrators. If you need something changed here, ask an administrator at your library.</Text>
    </Stack>
  );
}
