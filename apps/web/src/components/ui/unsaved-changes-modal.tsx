import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { Blocker } from 'react-router';

/** Shown when a navigation is held because the form has changes: stay (the default) or leave without saving. */
export function UnsavedChangesModal({ blocker }: { blocker: Blocker }) {
  const opened = blocker.state === 'blocked';
  return (
    <Modal opened={opened} onClose={() => blocker.reset?.()} title="Leave without saving?" centered>
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
