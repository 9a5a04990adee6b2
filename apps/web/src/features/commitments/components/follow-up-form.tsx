import { COMMITMENT_DESCRIPTION_MAX_LENGTH, DEFAULT_FOLLOW_UP_DAYS, SIDES, type Side } from '@common-ground/domain';
import { NativeSelect, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { FormActions } from '../../../components/ui/form-actions';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { notifySuccess } from '../../../components/ui/notify';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { UnsavedChangesGuard } from '../../../components/ui/unsaved-changes-guard';
import { useSaveProblem } from '../../../hooks/use-save-problem';
import { addDays, todayCalendarDay } from '../../../lib/calendar-day';
import { summaryItems, type FormField } from '../../../lib/form-problems';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { partnerContactsQueryOptions } from '../../contacts/api/contacts-queries';
import { useStaffOptions } from '../../partners/hooks/use-staff-options';
import { useCreateCommitment } from '../api/use-commitment-mutations';

type FollowUpField = 'description' | 'ownerSide' | 'ownerUserId' | 'ownerContactId' | 'dueOn';
const SIDE_OPTIONS = SIDES.keys.map((side) => ({ value: side, label: SIDES.labels[side] }));

interface FollowUpFormProps {
  partner: { id: string; name: string };
  /** On a program page: the follow-up is a duty of this partner's role in the program. */
  programId?: string;
  onDone: () => void;
}

/**
 * Adds a follow-up to a partner outside any conversation (a promise made in passing), in place on the tab; on a
 * program's roles, the same form adds a duty (a follow-up linked to the program).
 */
export function FollowUpForm({ partner, programId, onDone }: FollowUpFormProps) {
  const noun = programId ? 'duty' : 'follow-up';
  const me = useCurrentUser();
  const formId = useId();
  const id = (name: string) => `${formId}-${name}`;
  const fields: readonly FormField<FollowUpField>[] = [
    { name: 'description', id: id('description') },
    { name: 'ownerSide', id: id('owner-side') },
    { name: 'ownerUserId', id: id('owner') },
    { name: 'ownerContactId', id: id('owner') },
    { name: 'dueOn', id: id('due') },
  ];
  const create = useCreateCommitment(partner.id);
  const save = useSaveProblem(fields);
  const staff = useStaffOptions(me);
  const contacts = useQuery(partnerContactsQueryOptions(partner.id, 'false'));
  const staffOptions = staff.options.some((option) => option.value === me.id) ? staff.options : [{ value: me.id, label: me.name }, ...staff.options];
  const contactOptions = [
    { value: '', label: `Anyone at ${partner.name}` },
    ...(contacts.data?.items ?? []).map((contact) => ({ value: contact.id, label: contact.name })),
  ];

  const form = useForm({
    initialValues: {
      description: '',
      ownerSide: 'library' as Side,
      ownerUserId: me.id,
      ownerContactId: '',
      dueOn: addDays(todayCalendarDay(), DEFAULT_FOLLOW_UP_DAYS),
    },
    validate: {
      description: (value) => {
        if (value.trim() === '') return 'Say what needs doing';
        return value.trim().length > COMMITMENT_DESCRIPTION_MAX_LENGTH
          ? `Keep the follow-up to ${COMMITMENT_DESCRIPTION_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`
          : null;
      },
      dueOn: (value) => (value ? null : 'Enter when it is due'),
    },
  });
  const values = form.getValues();

  const handleSubmit = form.onSubmit((submitted) => {
    save.clear();
    create.mutate(
      {
        partnerId: partner.id,
        ...(programId ? { programId } : {}),
        description: submitted.description.trim(),
        ownerSide: submitted.ownerSide,
        ...(submitted.ownerSide === 'library' && submitted.ownerUserId ? { ownerUserId: submitted.ownerUserId } : {}),
        ...(submitted.ownerSide === 'partner' && submitted.ownerContactId ? { ownerContactId: submitted.ownerContactId } : {}),
        dueOn: submitted.dueOn,
      },
      {
        onSuccess: () => {
          notifySuccess(programId ? `Duty added for ${partner.name}` : 'Follow-up added');
          onDone();
        },
        onError: (error) => save.fail(error, form.setFieldError),
      },
    );
  }, save.invalid);

  return (
    <Paper withBorder p="md" component="form" onSubmit={handleSubmit} noValidate aria-label={programId ? `Add a duty for ${partner.name}` : 'Add a follow-up'}>
      <Stack gap="md">
        {save.problem && <ProblemAlert problem={save.problem} title={`The ${noun} wasn’t added`} />}
        <ErrorSummary errors={summaryItems(form.errors, fields)} focusKey={save.attempts} />
        <TextInput id={id('description')} label="What needs doing" data-autofocus autoFocus {...form.getInputProps('description')} />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <div>
            <Text id={id('owner-side-label')} size="sm" fw={500} mb={4}>
              Whose job
            </Text>
            <div id={id('owner-side')} tabIndex={-1}>
              <SegmentedControl
                fullWidth
                data={SIDE_OPTIONS}
                value={values.ownerSide}
                onChange={(side) => {
                  if (!SIDES.has(side)) return;
                  form.setFieldValue('ownerSide', side);
                  form.setFieldValue('ownerContactId', '');
                  if (side === 'library' && !form.getValues().ownerUserId) form.setFieldValue('ownerUserId', me.id);
                }}
                aria-labelledby={id('owner-side-label')}
              />
            </div>
          </div>
          {values.ownerSide === 'library' ? (
            <NativeSelect id={id('owner')} label="Who" data={staffOptions} {...form.getInputProps('ownerUserId')} />
          ) : (
            <NativeSelect id={id('owner')} label="Who" data={contactOptions} {...form.getInputProps('ownerContactId')} />
          )}
          <TextInput id={id('due')} type="date" label="Due" {...form.getInputProps('dueOn')} />
        </SimpleGrid>
        <FormActions onCancel={onDone} submitLabel={`Add ${noun}`} pending={create.isPending} />
      </Stack>
      {form.isDirty() && <UnsavedChangesGuard />}
    </Paper>
  );
}
