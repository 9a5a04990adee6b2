import { Alert, Button, Fieldset, Group, Progress, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { UnsavedChangesModal } from '../../../components/ui/unsaved-changes-modal';
import { useStableCallback } from '../../../hooks/use-stable-callback';
import { useUnsavedChanges } from '../../../hooks/use-unsaved-changes';
import { applyFieldProblems, summaryItems } from '../../../lib/form-problems';
import { type ProblemError, toProblemError } from '../../../lib/problem-error';
import type { AnswerAssessmentBody, FormItemBank } from '../api/types';
import {
  answeredCount,
  answerFieldId,
  type AssessmentFormValues,
  assessmentFields,
  COMMENTS_MAX_LENGTH,
  emptyAssessmentValues,
  itemsByFactor,
  toAnswerBody,
  validateAssessment,
} from '../assessment-form-values';
import { AnswerRadioGroup } from './answer-radio-group';

interface AssessmentFormProps {
  bank: FormItemBank;
  /** Sends the answers; rejects with the API's problem, which the form shows with what was typed kept. */
  onSubmit: (body: AnswerAssessmentBody) => Promise<unknown>;
  pending: boolean;
  submitLabel: string;
  /** Beside the submit button (a Cancel link on the staff page). */
  secondaryAction?: ReactNode;
  /** A problem that ends the form (a used or expired link): shown instead of keeping the person on the form. */
  onFatalProblem?: (problem: ProblemError) => boolean;
}

/**
 * The partnership assessment as one form, for staff and partners alike: the 25 statements under their factor's
 * name, each 1–5 or “Don’t know”, then the optional value statements, the level of collaboration and comments.
 * A progress line counts the answers; a failed save keeps everything and lists each missing statement at the top.
 */
export function AssessmentForm({ bank, onSubmit, pending, submitLabel, secondaryAction, onFatalProblem }: AssessmentFormProps) {
  const form = useForm<AssessmentFormValues>({ initialValues: emptyAssessmentValues(bank), validate: (values) => validateAssessment(values, bank) });
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const [attempts, setAttempts] = useState(0);
  const saved = useRef(false);
  const blocker = useUnsavedChanges(() => !saved.current && form.isDirty());
  const fields = assessmentFields(bank);
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem) alertRef.current?.focus();
  }, [problem, attempts]);

  // Never changes identity, so statements that were not touched skip re-rendering.
  const onAnswer = useStableCallback((path: string, choice: string) => {
    form.setFieldValue(path, choice);
    form.clearFieldError(path);
  });
  /** One statement's radio group: the 25 are required, the value statements optional. */
  const statement = (map: 'answers' | 'valueAnswers', id: string, label: string) => (
    <AnswerRadioGroup
      key={id}
      path={`${map}.${id}`}
      firstId={answerFieldId(id)}
      label={label}
      scale={bank.answerScale}
      required={map === 'answers'}
      value={form.values[map][id] ?? ''}
      error={form.errors[`${map}.${id}`]}
      onAnswer={onAnswer}
    />
  );
  const total = bank.items.length;
  const answered = answeredCount(form.values);

  const submit = form.onSubmit(
    async (values) => {
      setProblem(null);
      try {
        saved.current = true;
        await onSubmit(toAnswerBody(values));
      } catch (error) {
        saved.current = false;
        const problemError = toProblemError(error);
        if (onFatalProblem?.(problemError)) return;
        const unplaced = applyFieldProblems(problemError, fields, form.setFieldError);
        if (problemError.fieldErrors.length === 0 || unplaced.length > 0) setProblem(problemError);
        setAttempts((n) => n + 1);
      }
    },
    () => setAttempts((n) => n + 1),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <ErrorSummary errors={summaryItems(form.errors, fields)} focusKey={attempts} />
        {problem && (
          <div ref={alertRef} tabIndex={-1}>
            <ProblemAlert problem={problem} title="Your answers were not sent" />
          </div>
        )}
        <div
          style={{ position: 'sticky', top: 0, zIndex: 2, background: 'var(--mantine-color-body)', paddingBlock: 'var(--mantine-spacing-xs)' }}
          aria-live="polite"
        >
          <Text size="sm" id="assessment-progress-label">
            {answered} of {total} statements answered
          </Text>
          <Progress value={(answered / total) * 100} aria-labelledby="assessment-progress-label" size="sm" mt={4} />
        </div>

        {itemsByFactor(bank).map((group) => (
          <Fieldset key={group.factor} legend={group.name} variant="unstyled">
            <Stack gap="lg" mt="sm">
              {group.items.map((item) => statement('answers', item.id, `${bank.items.indexOf(item) + 1}. ${item.text}`))}
            </Stack>
          </Fieldset>
        ))}

        <Fieldset legend="What the partnership brings (optional)" variant="unstyled">
          <Stack gap="lg" mt="sm">
            {bank.valueItems.map((item) => statement('valueAnswers', item.id, item.text))}
          </Stack>
        </Fieldset>

        <Radio.Group
          label="How closely do the two organisations work together? (optional)"
          description="Choose the description that fits best today."
          {...form.getInputProps('collaborationLevel')}
        >
          <Stack gap="xs" mt="xs">
            {bank.collaborationLevels.map((level, index) => (
              <Radio
                key={level.value}
                id={index === 0 ? 'assessment-collaboration-level' : undefined}
                value={String(level.value)}
                label={`${level.value}. ${level.label}`}
                description={level.description}
              />
            ))}
          </Stack>
        </Radio.Group>

        <Textarea
          id="assessment-comments"
          label="Comments (optional)"
          description={`Anything the statements missed. Up to ${COMMENTS_MAX_LENGTH.toLocaleString('en-GB')} characters.`}
          autosize
          minRows={3}
          {...form.getInputProps('comments')}
        />

        {answered < total && (
          <Alert variant="light" color="gray">
            <Text size="sm">
              {total - answered} statement{total - answered === 1 ? '' : 's'} still to answer. “Don’t know” counts as an answer.
            </Text>
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          {secondaryAction}
        </Group>
      </Stack>
      <UnsavedChangesModal blocker={blocker} />
    </form>
  );
}
