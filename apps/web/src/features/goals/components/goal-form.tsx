import { GOAL_AGREED_BY, type GoalAgreedBy } from '@common-ground/domain';
import { Group, NativeSelect, Paper, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { FormActions } from '../../../components/ui/form-actions';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { notifySuccess } from '../../../components/ui/notify';
import { summaryItems, type FormField } from '../../../lib/form-problems';
import { goalsKeys } from '../api/goals-queries';
import { useCreateGoal, useUpdateGoal } from '../api/use-goal-mutations';
import type { Goal } from '../api/types';
import { SaveProblemAlert } from '../../../components/ui/save-problem-alert';
import { UnsavedChangesGuard } from '../../../components/ui/unsaved-changes-guard';
import { useSaveProblem } from '../../../hooks/use-save-problem';

const GOAL_TEXT_MAX = 10_000;
const AGREED_BY_OPTIONS = GOAL_AGREED_BY.keys.map((key) => ({ value: key, label: GOAL_AGREED_BY.labels[key] }));

type GoalField = 'text' | 'agreedBy' | 'lastReviewedOn';

interface GoalFormProps {
  partnerId: string;
  /** Present when editing; absent when adding. */
  goal?: Goal;
  onDone: () => void;
}

/** Adds or edits a goal in place, on the partner page. */
export function GoalForm({ partnerId, goal, onDone }: GoalFormProps) {
  const formId = useId();
  const fields: readonly FormField<GoalField>[] = [
    { name: 'text', id: `${formId}-text` },
    { name: 'agreedBy', id: `${formId}-agreed-by` },
    { name: 'lastReviewedOn', id: `${formId}-last-reviewed` },
  ];
  const createGoal = useCreateGoal(partnerId);
  const updateGoal = useUpdateGoal(partnerId);
  const save = useSaveProblem(fields);
  const queryClient = useQueryClient();

  const form = useForm({
    initialValues: {
      text: goal?.text ?? '',
      agreedBy: (goal?.agreedBy ?? 'both') as string,
      lastReviewedOn: goal?.lastReviewedOn ?? '',
    },
    validate: {
      text: (value) => {
        if (value.trim() === '') return 'Write down the goal';
        return value.length > GOAL_TEXT_MAX ? `Keep the goal to ${GOAL_TEXT_MAX.toLocaleString('en-GB')} characters or fewer` : null;
      },
      agreedBy: (value) => (GOAL_AGREED_BY.has(value) ? null : 'Choose who agreed to the goal'),
    },
  });

  const handleSubmit = form.onSubmit((values) => {
    if (!GOAL_AGREED_BY.has(values.agreedBy)) return;
    const agreedBy: GoalAgreedBy = values.agreedBy;
    save.clear();
    const onError = (error: unknown) => save.fail(error, form.setFieldError);
    if (goal) {
      updateGoal.mutate(
        { id: goal.id, version: goal.version, text: values.text.trim(), agreedBy, lastReviewedOn: values.lastReviewedOn || null },
        {
          onSuccess: () => {
            notifySuccess('Goal saved');
            onDone();
          },
          onError,
        },
      );
    } else {
      createGoal.mutate(
        { text: values.text.trim(), agreedBy, ...(values.lastReviewedOn ? { lastReviewedOn: values.lastReviewedOn } : {}) },
        {
          onSuccess: () => {
            notifySuccess('Goal added');
            onDone();
          },
          onError,
        },
      );
    }
  }, save.invalid);

  const pending = createGoal.isPending || updateGoal.isPending;

  return (
    <Paper withBorder p="md" component="form" onSubmit={handleSubmit} noValidate aria-label={goal ? 'Edit goal' : 'Add a goal'}>
      <Stack gap="md">
        <SaveProblemAlert
          problem={save.problem}
          reloaded={save.reloaded}
          title={goal ? "The goal wasn't saved" : "The goal wasn't added"}
          onReload={() => {
            void queryClient.invalidateQueries({ queryKey: goalsKeys.partner(partnerId) });
            save.markReloaded();
          }}
        />
        <ErrorSummary errors={summaryItems(form.errors, fields)} focusKey={save.attempts} />
        <Textarea
          id={`${formId}-text`}
          label="Goal"
          description="What the library and the partner are working toward together"
          rows={3}
          resize="vertical"
          data-autofocus
          {...form.getInputProps('text')}
        />
        <Group gap="md" grow wrap="wrap" align="flex-start">
          <NativeSelect id={`${formId}-agreed-by`} label="Agreed by" data={AGREED_BY_OPTIONS} miw={180} {...form.getInputProps('agreedBy')} />
          <TextInput
            id={`${formId}-last-reviewed`}
            type="date"
            label="Last reviewed"
            description="Leave empty if it has never been reviewed"
            miw={180}
            {...form.getInputProps('lastReviewedOn')}
          />
        </Group>
        <FormActions onCancel={onDone} submitLabel={goal ? 'Save goal' : 'Add goal'} pending={pending} />
      </Stack>
      {form.isDirty() && <UnsavedChangesGuard />}
    </Paper>
  );
}
