import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface FormActionsProps {
  onCancel: () => void;
  submitLabel: ReactNode;
  /** While saving: the submit button shows it is busy and cannot be pressed twice. */
  pending: boolean;
}

/** A form's Cancel and submit buttons, at the end of the form, the submit button last. */
export function FormActions({ onCancel, submitLabel, pending }: FormActionsProps) {
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" loading={pending}>
        {submitLabel}
      </Button>
    </Group>
  );
}

interface PageFormActionsProps {
  submitLabel: ReactNode;
  pending: boolean;
  /** Where Cancel goes: the page the form was opened from. */
  cancelTo: string;
}

/**
 * A whole-page form's buttons: submit first, where a long form's reader arrives, and Cancel as a link back (the
 * page's unsaved-changes guard asks before leaving).
 */
export function PageFormActions({ submitLabel, pending, cancelTo }: PageFormActionsProps) {
  return (
    <Group gap="sm">
      <Button type="submit" loading={pending}>
        {submitLabel}
      </Button>
      <Button component={Link} to={cancelTo} variant="default">
        Cancel
      </Button>
    </Group>
  );
}
