import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from 'react-router';

/**
 * Shown on its own, for signed-in and signed-out visitors alike, so it needs no session check and its link home
 * is the only one on the page.
 */
export function NotFoundPage() {
  useDocumentTitle('Page not found – Common Ground');
  return (
    <Container component="main" id="main-content" size="sm" py={48}>
      <Stack gap="sm">
        <Text fw={800} size="lg">
          Common Ground
        </Text>
        <Title order={1}>Page not found</Title>
        <Text>
          There is nothing at this address. If you typed it, check the spelling; if you followed a link, it may be out
          of date.
        </Text>
        <Anchor component={Link} to="/">
          Go to the home page
        </Anchor>
      </Stack>
    </Container>
  );
}
