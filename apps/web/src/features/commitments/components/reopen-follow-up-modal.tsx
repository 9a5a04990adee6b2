import { STATUS_REASON_MAX_LENGTH } from '@common-ground/domain';
import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId } from 'react';
import { FormActions } from '../../../components/ui/form-actions';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { SaveProblemAlert } from '../../../components/ui/save-problem-alert';
import { useSaveProblem } from '../../../hooks/use-save-problem';
import { formatDay } from '../../../lib/calendar-day';
import { summaryItems, type FormField } from '../../../lib/form-problems';
import type { Commitment } from '../api/types';
import { statusText } from '../commitment-words';

interface ReopenFollowUpModalProps {
  commitment: Commitment | null;
  opened: boolean;
  pending: boolean;
  onReopen: (reason: string, handlers: { onError: (error: unknown) => void }) => void;
  onClose: () => void;
}

/** A closed follow-up opens again only with a reason, which the timeline keeps beside the change. */
export function ReopenFollowUpModal({ commitment, opened, pending, onReopen, onClose }: ReopenFollowUpModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Reopen this follow-up?" centered>
      {commitment && <ReopenForm key={`${commitment.id}:${commitment.version}`} commitment={commitment} pending={pending} onReopen={onReopen} onClose={onClose} />}
    </Modal>
  );
}

function ReopenForm({ commitment, pending, onReopen, onClose }: Omit<ReopenFollowUpModalProps, 'opened' | 'commitment'> & { commitment: Commitment }) {
  const formId = useId();
  const fields: readonly FormField<'reason'>[] = [{ name: 'reason', id: `${formId}-reason` }];
  const save = useSaveProblem(fields);
  const form = useForm({
    initialValues: { reason: '' },
    validate: {
      reason: (value) => {
        if (value.trim() === '') return 'Say why this follow-up is being reopened';
        return value.trim().length > STATUS_REASON_MAX_LENGTH ? `Keep the reason to ${STATUS_REASON_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer` : null;
      },
    },
  });

  const handleSubmit = form.onSubmit((values) => {
    save.clear();
    onReopen(values.reason.trim(), { onError: (error) => save.fail(error, form.setFieldError) });
  }, save.invalid);

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <Text>
          “{commitment.description}” is marked {statusText(commitment).toLowerCase()}. Reopening makes it open again,
          still due {formatDay(commitment.dueOn)}.
        </Text>
        <SaveProblemAlert problem={save.problem} reloaded={save.reloaded} title="The follow-up wasn’t reopened" onReload={onClose} />
        <ErrorSummary errors={summaryItems(form.errors, fields)} focusKey={save.attempts} />
        <Textarea id={`${formId}-reason`} label="Why reopen it?" autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
        <FormActions onCancel={onClose} submitLabel="Reopen follow-up" pending={pending} />
      </Stack>
    </form>
  );
}
