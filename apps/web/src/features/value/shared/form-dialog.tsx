import { Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { DiscardChangesModal } from '../../../components/ui/discard-changes-modal';
import { UnsavedChangesGuard } from '../../../components/ui/unsaved-changes-guard';

export interface FormDialogControls {
  /** The form reports whether something has been typed, so closing can ask first. */
  onDirtyChange: (dirty: boolean) => void;
  /** Cancel: asks first when something was typed. */
  cancel: () => void;
  /** Saved: closes without asking. */
  done: () => void;
}

interface FormDialogProps {
  opened: boolean;
  title: string;
  onClose: () => void;
  children: (controls: FormDialogControls) => ReactNode;
}

/**
 * A record form in a dialog (contributions, outcome results, impact notes): full screen on a phone so it is one
 * thumb's reach; closing it, or leaving the page, with something typed asks first (UX.md: nothing is lost). The
 * dialog traps focus and returns it to the button that opened it.
 */
export function FormDialog({ opened, title, onClose, children }: FormDialogProps) {
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const [dirty, setDirty] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const close = () => {
    setDirty(false);
    setConfirming(false);
    onClose();
  };
  const requestClose = () => {
    if (dirty) setConfirming(true);
    else close();
  };

  return (
    <>
      <Modal opened={opened} onClose={requestClose} title={title} size="lg" fullScreen={isPhone} closeButtonProps={{ 'aria-label': 'Close' }}>
        {children({ onDirtyChange: setDirty, cancel: requestClose, done: close })}
      </Modal>
      <DiscardChangesModal
        opened={confirming}
        title="Discard what you typed?"
        message="What you typed hasn’t been saved. If you close the form now, it will be lost."
        zIndex={300}
        onKeepEditing={() => setConfirming(false)}
        onDiscard={close}
      />
      {opened && dirty && <UnsavedChangesGuard />}
    </>
  );
}

/**
 * Which record a FormDialog is for. The record stays set while the dialog animates closed (so its form does not
 * turn into an empty one mid-transition); `session` changes on every opening, as the form's key, so each opening
 * starts from the record as it is now.
 */
export function useFormDialog<Target>() {
  const [state, setState] = useState<{ opened: boolean; target: Target | null; session: number }>({ opened: false, target: null, session: 0 });
  return {
    opened: state.opened,
    target: state.target,
    session: state.session,
    open: (target: Target) => setState((current) => ({ opened: true, target, session: current.session + 1 })),
    close: () => setState((current) => ({ ...current, opened: false })),
  };
}
