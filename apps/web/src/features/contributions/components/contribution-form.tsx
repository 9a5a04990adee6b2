import { CONTRIBUTION_TYPES, CONTRIBUTION_UNITS, type ContributionStage, type ContributionType, type ContributionUnit, type Side } from '@common-ground/domain';
import { Alert, Checkbox, Group, NativeSelect, NumberInput, Radio, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId } from 'react';
import { FormActions } from '../../../components/ui/form-actions';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { notifySuccess } from '../../../components/ui/notify';
import { SaveProblemAlert } from '../../../components/ui/save-problem-alert';
import { useSaveProblem } from '../../../hooks/use-save-problem';
import { todayCalendarDay } from '../../../lib/calendar-day';
import { summaryItems } from '../../../lib/form-problems';
import { settingsQueryOptions } from '../../settings/api/settings-queries';
import { describeValuedAt, formatHourRate, formatMoney, formatNumber } from '../../value/shared/format';
import type { FormDialogControls } from '../../value/shared/form-dialog';
import { usePartnerProgramOptions, useProgramPartnerOptions, withCurrent } from '../../value/shared/link-options';
import { contributionsKeys, type LedgerScope } from '../api/contributions-queries';
import type { Contribution } from '../api/types';
import { useCreateContribution, useUpdateContribution } from '../api/use-contribution-mutations';
import {
  contributionFields,
  initialContributionValues,
  isVolunteerHours,
  toCreateBody,
  toUpdateBody,
  validateContribution,
  volunteerValuePreview,
  type ContributionValues,
  type Rate,
} from '../contribution-values';

const TYPE_OPTIONS = [{ value: '', label: 'Choose what was contributed' }, ...CONTRIBUTION_TYPES.keys.map((key) => ({ value: key, label: CONTRIBUTION_TYPES.labels[key] }))];
const UNIT_OPTIONS = [{ value: '', label: 'No unit' }, ...CONTRIBUTION_UNITS.keys.map((key) => ({ value: key, label: CONTRIBUTION_UNITS.labels[key] }))];

interface ContributionFormProps extends FormDialogControls {
  scope: LedgerScope;
  /** Present when editing; absent when adding. */
  line?: Contribution;
}

/**
 * Adds or edits one line of the ledger: who brought what, planned or given, how much and what it was worth.
 * Volunteer hours without a typed value show what they will be valued at, from the rate in settings.
 */
export function ContributionForm({ scope, line, onDirtyChange, cancel, done }: ContributionFormProps) {
  const formId = useId();
  const id = (name: string) => `${formId}-${name}`;
  const fields = contributionFields(formId);
  const save = useSaveProblem(fields);
  const queryClient = useQueryClient();
  const create = useCreateContribution();
  const update = useUpdateContribution();
  const settings = useQuery(settingsQueryOptions());
  // On a program page the partner is one of the program's; on a partner page the program is one of the partner's.
  const programPartners = useProgramPartnerOptions(scope.programId);
  const partnerPrograms = usePartnerProgramOptions(scope.partnerId && !scope.programId ? scope.partnerId : undefined);

  const form = useForm<ContributionValues>({
    initialValues: initialContributionValues({ line, partnerId: scope.partnerId, programId: scope.programId, today: todayCalendarDay() }),
    validate: (values) => validateContribution(values),
  });
  const values = form.getValues();

  const dirty = form.isDirty();
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const currentRate: Rate | null = settings.data
    ? { rate: settings.data.volunteerHourRate, source: settings.data.volunteerRateSource, year: settings.data.volunteerRateYear }
    : null;
  const storedRate: Rate | null = line?.valuedAt ?? null;
  const rateDiffers = storedRate !== null && currentRate !== null && (storedRate.rate !== currentRate.rate || storedRate.source !== currentRate.source || storedRate.year !== currentRate.year);
  // An edited line keeps the rate it was valued at, unless the person asks for today's.
  const previewRate = storedRate && !values.revalue ? storedRate : currentRate;
  const preview = volunteerValuePreview(values, previewRate);

  const chooseType = (type: ContributionType | '') => {
    form.setFieldValue('type', type);
    // Volunteers are almost always counted in hours: a sensible default the person can change.
    if (type === 'volunteers' && form.getValues().unit === '') form.setFieldValue('unit', 'hours');
  };

  const chooseSide = (side: Side) => {
    form.setFieldValue('side', side);
    form.clearFieldError('partnerId');
  };

  const handleSubmit = form.onSubmit((submitted) => {
    save.clear();
    const onError = (error: unknown) => save.fail(error, form.setFieldError);
    if (line) {
      update.mutate(
        { id: line.id, ...toUpdateBody(submitted, line) },
        {
          onSuccess: () => {
            notifySuccess('Contribution saved');
            done();
          },
          onError,
        },
      );
    } else {
      create.mutate(toCreateBody(submitted), {
        onSuccess: () => {
          notifySuccess('Contribution added');
          done();
        },
        onError,
      });
    }
  }, save.invalid);

  const partnerOptions = scope.programId
    ? [
        { value: '', label: values.side === 'library' ? 'None: the library’s own contribution to the program' : 'Choose a partner' },
        ...withCurrent(programPartners.data ?? [], line?.partner ?? null),
      ]
    : [];
  const programOptions = [{ value: '', label: 'Not for a particular program' }, ...withCurrent(partnerPrograms.data ?? [], line?.program ? { id: line.program.id, name: line.program.title } : null)];

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={line ? 'Edit contribution' : 'Add a contribution'}>
      <Stack gap="md">
        <SaveProblemAlert
          problem={save.problem}
          reloaded={save.reloaded}
          title={line ? "The contribution wasn't saved" : "The contribution wasn't added"}
          onReload={() => {
            void queryClient.invalidateQueries({ queryKey: contributionsKeys.all });
            save.markReloaded();
          }}
        />
        <ErrorSummary errors={summaryItems(form.errors, fields)} focusKey={save.attempts} />

        <Radio.Group label="Who brought it?" value={values.side} onChange={(value) => chooseSide(value as Side)} error={form.errors.side}>
          <Group gap="lg" mt={6}>
            <Radio id={id('side')} value="partner" label="The partner" />
            <Radio value="library" label="The library" />
          </Group>
        </Radio.Group>

        {scope.programId && (
          <NativeSelect
            id={id('partnerId')}
            label="Partner"
            description={
              programPartners.isError
                ? 'The program’s partners didn’t load. Close the form and try again.'
                : programPartners.data?.length === 0
                  ? 'This program has no partners yet: add them under Partners & roles first.'
                  : 'The program’s partners'
            }
            data={partnerOptions}
            {...form.getInputProps('partnerId')}
          />
        )}
        {scope.partnerId && !scope.programId && (
          <NativeSelect
            id={id('programId')}
            label="Program (optional)"
            description="The joint program it went to, if any"
            data={programOptions}
            {...form.getInputProps('programId')}
          />
        )}

        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <NativeSelect
            id={id('type')}
            label="What was contributed"
            data={TYPE_OPTIONS}
            {...form.getInputProps('type')}
            onChange={(event) => chooseType(event.currentTarget.value as ContributionType | '')}
          />
          <Radio.Group label="Planned or given?" value={values.stage} onChange={(value) => form.setFieldValue('stage', value as ContributionStage)} error={form.errors.stage}>
            <Group gap="lg" mt={6}>
              <Radio id={id('stage')} value="actual" label="Given" />
              <Radio value="planned" label="Planned" />
            </Group>
          </Radio.Group>
        </SimpleGrid>

        <SimpleGrid cols={{ base: 2 }} spacing="md">
          <NumberInput
            id={id('quantity')}
            label="Quantity (optional)"
            decimalScale={2}
            allowNegative={false}
            thousandSeparator=","
            {...form.getInputProps('quantity')}
          />
          <NativeSelect
            id={id('unit')}
            label="Unit"
            data={UNIT_OPTIONS}
            {...form.getInputProps('unit')}
            onChange={(event) => form.setFieldValue('unit', event.currentTarget.value as ContributionUnit | '')}
          />
        </SimpleGrid>

        <NumberInput
          id={id('moneyValue')}
          label="Money value, in dollars (optional)"
          description={
            isVolunteerHours(values)
              ? 'Leave it empty to value the hours at the volunteer-hour rate; a value you type is used instead.'
              : 'What it was worth, if known'
          }
          prefix="$"
          decimalScale={2}
          allowNegative={false}
          thousandSeparator=","
          w={{ base: '100%', xs: 260 }}
          {...form.getInputProps('moneyValue')}
        />
        <VolunteerValueNote values={values} preview={preview} rateMissing={isVolunteerHours(values) && previewRate === null} storedRate={storedRate} />
        {line && storedRate && rateDiffers && currentRate && isVolunteerHours(values) && values.moneyValue === '' && (
          <Checkbox
            label={`Value it at today’s rate instead: ${formatHourRate(currentRate.rate)} (${currentRate.source}, ${currentRate.year})`}
            description={`It was valued at ${formatHourRate(storedRate.rate)} when it was recorded.`}
            {...form.getInputProps('revalue', { type: 'checkbox' })}
          />
        )}

        <TextInput id={id('contributedOn')} type="date" label="Date" w={{ base: '100%', xs: 200 }} {...form.getInputProps('contributedOn')} />
        <Textarea
          id={id('description')}
          label="Description (optional)"
          description="For example: Two nurses staffed the blood-pressure table"
          rows={2}
          autosize
          minRows={2}
          {...form.getInputProps('description')}
        />

        <FormActions onCancel={cancel} submitLabel={line ? 'Save contribution' : 'Add contribution'} pending={create.isPending || update.isPending} />
      </Stack>
    </form>
  );
}

interface VolunteerValueNoteProps {
  values: ContributionValues;
  preview: ReturnType<typeof volunteerValuePreview>;
  rateMissing: boolean;
  storedRate: Rate | null;
}

/** Says, as the hours are typed, what they will be worth; announced politely so a screen reader hears it too. */
function VolunteerValueNote({ values, preview, rateMissing, storedRate }: VolunteerValueNoteProps) {
  let message: string | null = null;
  if (preview) {
    const hours = `${formatNumber(preview.hours)} ${preview.hours === 1 ? 'hour' : 'hours'}`;
    message = `Will be valued at ${formatMoney(preview.moneyValue)}: ${hours} × ${formatHourRate(preview.rate.rate)} (${preview.rate.source}, ${preview.rate.year}).`;
  } else if (rateMissing && values.moneyValue === '') {
    message = 'Will be valued at the volunteer-hour rate in settings.';
  } else if (storedRate && values.moneyValue !== '') {
    message = `The value you typed replaces the one ${describeValuedAt(storedRate)}.`;
  }
  return (
    <div aria-live="polite">
      {message && (
        <Alert color="blue" variant="light" p="xs">
          <Text size="sm">{message}</Text>
        </Alert>
      )}
    </div>
  );
}
