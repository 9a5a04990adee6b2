import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useBlocker } from 'react-router';

/**
 * Asks before leaving an inline form with unsaved changes (UX.md: nothing is lost): another page, closing the
 * browser tab, and also another tab of the partner page (a query-string change), because the tabs unmount their
 * content and the typed values would go with it. The same dialog as the partner form's (features/partners).
 * Render it only while the form is dirty: react-router consults one blocker at a time (the newest), so mounting it
 * only when needed leaves any other blocker in charge the rest of the time.
 */
export function UnsavedChangesGuard() {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search,
  );

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers only ask when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  const blocked = blocker.state === 'blocked';
  return (
    <Modal opened={blocked} onClose={() => blocker.reset?.()} title="Leave without saving?" centered>
      <Stack gap="md">
        <Text>You have changes on this page that haven't been saved. If you leave now, they will be lost.</Text>
        <Group justify="flex-end" gap="sm">
          <Button onClick={() => blocker.reset?.()} data-autofocus>
            Stay on this page
          </Button>
          <Button variant="default" color="red" onClick={() => blocker.proceed?.()}>
            Leave without saving
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
