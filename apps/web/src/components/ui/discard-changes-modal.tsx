import { Button, Group, Modal, Stack, Text } from '@mantine/core';

interface DiscardChangesModalProps {
  opened: boolean;
  title: string;
  /** What would be lost, in the form's words. */
  message: string;
  /** Above the form's own dialog. */
  zIndex: number;
  onKeepEditing: () => void;
  onDiscard: () => void;
}

/** Asked when a form dialog with something typed is closed: keep editing (the default) or discard it. */
export function DiscardChangesModal({ opened, title, message, zIndex, onKeepEditing, onDiscard }: DiscardChangesModalProps) {
  return (
    <Modal opened={opened} onClose={onKeepEditing} title={title} centered zIndex={zIndex}>
      <Stack gap="md">
        <Text>{message}</Text>
        <Group justify="flex-end" gap="sm">
          <Button onClick={onKeepEditing} data-autofocus>
            Keep editing
          </Button>
          <Button variant="default" color="red" onClick={onDiscard}>
            Discard
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
