import { getDefaultZIndex, Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { DiscardChangesModal } from '../../../components/ui/discard-changes-modal';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { toProblemError } from '../../../lib/problem-error';
import { communicationQueryOptions } from '../api/communications-queries';
import type { QuickLogPartner } from '../quick-log-context';
import { EDIT_TITLE, QuickLogForm, type QuickLogFormProps } from './quick-log-form';

interface QuickLogDialogProps {
  opened: boolean;
  partner: QuickLogPartner | null;
  /** Editing this logged conversation; null to log a new one. */
  communicationId: string | null;
  session: number;
  onClose: () => void;
}

/**
 * The quick log in a dialog: full screen on a phone, so it is one thumb's reach. Closing with something typed asks
 * first (UX.md: nothing is lost), and so does closing the tab.
 */
export function QuickLogDialog({ opened, partner, communicationId, session, onClose }: QuickLogDialogProps) {
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

  const formProps = {
    onDirtyChange: (value: boolean) => {
      dirty.current = value;
    },
    onSaved: close,
    onCancel: requestClose,
  };

  return (
    <>
      <Modal
        opened={opened}
        onClose={requestClose}
        title={communicationId ? EDIT_TITLE : 'Log a conversation'}
        size="lg"
        fullScreen={isPhone}
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {communicationId ? (
          <CommunicationEditor key={session} communicationId={communicationId} {...formProps} />
        ) : (
          <QuickLogForm key={session} partner={partner} {...formProps} />
        )}
      </Modal>
      <DiscardChangesModal
        opened={confirming}
        title={communicationId ? 'Discard your changes?' : 'Discard this conversation?'}
        message={
          communicationId
            ? 'Your changes haven’t been saved. If you close the form now, they will be lost.'
            : 'What you typed hasn’t been saved. If you close the quick log now, it will be lost.'
        }
        zIndex={getDefaultZIndex('modal') + 10}
        onKeepEditing={() => setConfirming(false)}
        onDiscard={close}
      />
    </>
  );
}

type EditorProps = Pick<QuickLogFormProps, 'onDirtyChange' | 'onSaved' | 'onCancel'> & { communicationId: string };

/**
 * The quick-log form on a logged conversation: it loads the conversation as it is now (its version), and after
 * "someone else saved first" loads it again without touching what was typed.
 */
function CommunicationEditor({ communicationId, ...formProps }: EditorProps) {
  const communication = useQuery(communicationQueryOptions(communicationId));
  if (communication.isPending) return <ListSkeleton rows={5} label="Loading the conversation" />;
  if (!communication.data) {
    return (
      <ProblemAlert
        problem={toProblemError(communication.error)}
        title="The conversation didn’t load"
        onRetry={() => void communication.refetch()}
      />
    );
  }
  return <QuickLogForm partner={communication.data.partner} communication={communication.data} onReload={() => communication.refetch().then((result) => result.data)} {...formProps} />;
}
