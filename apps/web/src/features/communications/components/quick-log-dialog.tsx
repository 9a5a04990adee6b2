import { Button, getDefaultZIndex, Group, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import type { QuickLogPartner } from '../quick-log-context';
import { QuickLogForm } from './quick-log-form';

interface QuickLogDialogProps {
  opened: boolean;
  partner: QuickLogPartner | null;
  session: number;
  onClose: () => void;
}

/**
 * The quick log in a dialog: full screen on a phone, so it is one thumb's reach. Closing with something typed asks
 * first (UX.md: nothing is lost), and so does closing the tab.
 */
export function QuickLogDialog({ opened, partner, session, onClose }: QuickLogDialogProps) {
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const dirty = useRef(false);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    if (!opened) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (!dirty.current) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [opened]);

  const requestClose = () => {
    if (!dirty.current) onClose();
    // After the event that asked (Escape, say) has finished: the question's own dialog listens for Escape too, and
    // must not take the same key press as its answer.
    else window.setTimeout(() => setConfirming(true), 0);
  };

  const close = () => {
    dirty.current = false;
    setConfirming(false);
    onClose();
  };

  return (
    <>
      <Modal
        opened={opened}
        onClose={requestClose}
        title="Log a conversation"
        size="lg"
        fullScreen={isPhone}
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        <QuickLogForm
          key={session}
          partner={partner}
          onDirtyChange={(value) => {
            dirty.current = value;
          }}
          onSaved={close}
          onCancel={requestClose}
        />
      </Modal>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Discard this conversation?" centered zIndex={getDefaultZIndex('modal') + 10}>
        <Stack gap="md">
          <Text>What you typed hasn’t been saved. If you close the quick log now, it will be lost.</Text>
          <Group justify="flex-end" gap="sm">
            <Button onClick={() => setConfirming(false)} data-autofocus>
              Keep editing
            </Button>
            <Button variant="default" color="red" onClick={close}>
              Discard
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
