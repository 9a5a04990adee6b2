import { Anchor, Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useRouteError } from 'react-router';

/** Last line of defence for a crash while rendering: say so plainly and offer a way on. */
export function RouteErrorPage() {
  const error = useRouteError();
  useEffect(() => {
    // Keep the real error where a developer can find it; the person sees words, not a stack.
    console.error(error);
  }, [error]);

  return (
    <Container component="main" id="main-content" size="sm" py={48}>
      <Stack gap="sm">
        <Title order={1}>Something went wrong</Title>
        <Text>This page hit a problem it couldn't recover from. Reloading usually fixes it; nothing you saved is lost.</Text>
        <Group>
          <Button onClick={() => window.location.reload()}>Reload the page</Button>
          <Anchor href="/">Go to the home page</Anchor>
        </Group>
      </Stack>
    </Container>
  );
}
