import { ANSWER_OPTIONS, ATTENDANCE_MAX, OUTCOME_MEASURES, OUTCOME_TIMINGS, type AnswerOption, type OutcomeMeasure, type OutcomeTiming } from '@common-ground/domain';
import { Fieldset, NativeSelect, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId } from 'react';
import { FormActions } from '../../../components/ui/form-actions';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { notifySuccess } from '../../../components/ui/notify';
import { SaveProblemAlert } from '../../../components/ui/save-problem-alert';
import { useSaveProblem } from '../../../hooks/use-save-problem';
import { summaryItems } from '../../../lib/form-problems';
import { describeAgreeShare } from '../../value/shared/format';
import type { FormDialogControls } from '../../value/shared/form-dialog';
import { outcomesKeys, useCreateOutcome, useProgramSessions, useUpdateOutcome } from '../api/outcomes-queries';
import type { OutcomeResult } from '../api/types';
import {
  countFieldId,
  describeSum,
  initialOutcomeValues,
  measureName,
  outcomeArithmetic,
  outcomeFields,
  toCreateOutcomeBody,
  toUpdateOutcomeBody,
  validateOutcome,
  type OutcomeValues,
} from '../outcome-values';
import { sessionLabel } from './session-label';

const TIMING_OPTIONS = OUTCOME_TIMINGS.keys.map((key) => ({ value: key, label: OUTCOME_TIMINGS.labels[key] }));
const MEASURE_OPTIONS = OUTCOME_MEASURES.keys.map((key) => ({ value: key, label: OUTCOME_MEASURES.labels[key] }));

interface OutcomeFormProps extends FormDialogControls {
  programId: string;
  /** Present when editing; absent when adding. */
  result?: OutcomeResult;
  /** When adding from a measure's "Add results": that timing and measure. */
  defaults?: { timing: OutcomeTiming; measure: OutcomeMeasure };
}

/**
 * Enters one measure's survey results: the respondents, how many chose each answer, and how many left it blank.
 * The sum is checked as it is typed, and the share who agree is worked out, never typed.
 */
export function OutcomeForm({ programId, result, defaults, onDirtyChange, cancel, done }: OutcomeFormProps) {
  const formId = useId();
  const id = (name: string) => `${formId}-${name}`;
  const fields = outcomeFields(formId);
  const save = useSaveProblem(fields);
  const queryClient = useQueryClient();
  const create = useCreateOutcome(programId);
  const update = useUpdateOutcome(programId);
  const sessions = useProgramSessions(programId);

  const form = useForm<OutcomeValues>({
    initialValues: initialOutcomeValues(result, defaults),
    validate: (values) => validateOutcome(values),
  });
  const values = form.getValues();
  const arithmetic = outcomeArithmetic(values);
  const sum = describeSum(arithmetic);

  const dirty = form.isDirty();
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  const countsError = form.errors.counts;
  /** A number that goes into the sum: changing it also clears the problem with the sum (it is checked again on saving). */
  const sumInputProps = (path: 'respondents' | 'nonResponses' | `counts.${AnswerOption}`) => {
    const props = form.getInputProps(path);
    return {
      ...props,
      onChange: (value: number | string) => {
        props.onChange(value);
        form.clearFieldError('counts');
      },
    };
  };

  const handleSubmit = form.onSubmit((submitted) => {
    save.clear();
    const onError = (error: unknown) => save.fail(error, form.setFieldError);
    const onSuccess = () => {
      notifySuccess(result ? 'Survey results saved' : `Survey results added for ${measureName(submitted.measure)}`);
      done();
    };
    if (result) update.mutate({ id: result.id, ...toUpdateOutcomeBody(submitted, result) }, { onSuccess, onError });
    else create.mutate(toCreateOutcomeBody(submitted), { onSuccess, onError });
  }, save.invalid);

  const sessionOptions = [
    { value: '', label: 'The whole program' },
    ...(sessions.data?.items ?? []).map((session) => ({ value: session.id, label: sessionLabel(session) })),
  ];
  if (result?.sessionId && !sessionOptions.some((option) => option.value === result.sessionId)) {
    sessionOptions.push({ value: result.sessionId, label: 'A session no longer in use' });
  }
  const sumId = id('sum');
  const countsErrorId = id('counts-error');

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={result ? 'Edit survey results' : 'Add survey results'}>
      <Stack gap="md">
        <SaveProblemAlert
          problem={save.problem}
          reloaded={save.reloaded}
          title={result ? "The results weren't saved" : "The results weren't added"}
          onReload={() => {
            void queryClient.invalidateQueries({ queryKey: outcomesKeys.program(programId) });
            save.markReloaded();
          }}
        />
        <ErrorSummary errors={summaryItems(form.errors, fields)} focusKey={save.attempts} />

        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <NativeSelect id={id('timing')} label="When was the survey taken?" data={TIMING_OPTIONS} {...form.getInputProps('timing')} />
          <NativeSelect id={id('session')} label="Which session?" data={sessionOptions} {...form.getInputProps('sessionId')} />
        </SimpleGrid>
        <NativeSelect id={id('measure')} label="Outcome measure" data={MEASURE_OPTIONS} {...form.getInputProps('measure')} />
        <SimpleGrid cols={{ base: 2 }} spacing="md">
          <NumberInput
            id={id('respondents')}
            label="Respondents"
            description="Everyone surveyed"
            allowDecimal={false}
            allowNegative={false}
            min={0}
            max={ATTENDANCE_MAX}
            {...sumInputProps('respondents')}
          />
          <TextInput id={id('collected-on')} type="date" label="Collected on (optional)" {...form.getInputProps('collectedOn')} />
        </SimpleGrid>

        <Fieldset legend="How many chose each answer" variant="unstyled">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
              {ANSWER_OPTIONS.keys.map((option) => (
                <NumberInput
                  key={option}
                  id={countFieldId(formId, option)}
                  label={ANSWER_OPTIONS.labels[option]}
                  allowDecimal={false}
                  allowNegative={false}
                  min={0}
                  max={ATTENDANCE_MAX}
                  aria-describedby={form.errors[`counts.${option}`] ? undefined : countsError ? `${sumId} ${countsErrorId}` : sumId}
                  {...sumInputProps(`counts.${option}`)}
                />
              ))}
              <NumberInput
                id={id('non-responses')}
                label="No answer (left blank)"
                allowDecimal={false}
                allowNegative={false}
                min={0}
                max={ATTENDANCE_MAX}
                aria-describedby={form.errors.nonResponses ? undefined : sumId}
                {...sumInputProps('nonResponses')}
              />
            </SimpleGrid>
            {countsError && (
              <Text id={countsErrorId} size="sm" c="var(--mantine-color-error)" fw={600}>
                {countsError}
              </Text>
            )}
            <div id={sumId} role="status" aria-live="polite">
              <Text size="sm" fw={600} c={sum.adds ? 'green.9' : arithmetic.respondents === null ? 'dimmed' : 'orange.9'}>
                {sum.text}
              </Text>
              <Text size="sm">
                Share who agree or strongly agree: {describeAgreeShare(arithmetic.agreeShare, arithmetic.answered)}
              </Text>
            </div>
          </Stack>
        </Fieldset>

        <FormActions onCancel={cancel} submitLabel={result ? 'Save results' : 'Add results'} pending={create.isPending || update.isPending} />
      </Stack>
    </form>
  );
}
