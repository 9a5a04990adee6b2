import { IMPACT_NOTE_KINDS, VALUE_DIMENSIONS, type ImpactNoteKind, type ValueDimension } from '@common-ground/domain';
import { Checkbox, Group, NativeSelect, Radio, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId } from 'react';
import { FormActions } from '../../../components/ui/form-actions';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { notifySuccess } from '../../../components/ui/notify';
import { SaveProblemAlert } from '../../../components/ui/save-problem-alert';
import { useSaveProblem } from '../../../hooks/use-save-problem';
import { todayCalendarDay } from '../../../lib/calendar-day';
import { summaryItems } from '../../../lib/form-problems';
import type { FormDialogControls } from '../../value/shared/form-dialog';
import { usePartnerProgramOptions, useProgramPartnerOptions, withCurrent } from '../../value/shared/link-options';
import { impactNotesKeys, useCreateImpactNote, useUpdateImpactNote } from '../api/impact-notes-queries';
import type { ImpactNote } from '../api/types';
import {
  DIMENSION_MEANINGS,
  impactNoteFields,
  initialImpactNoteValues,
  toCreateNoteBody,
  toUpdateNoteBody,
  validateImpactNote,
  type ImpactNoteValues,
} from '../impact-note-values';

const KIND_OPTIONS = [{ value: '', label: 'Choose a kind of note' }, ...IMPACT_NOTE_KINDS.keys.map((key) => ({ value: key, label: IMPACT_NOTE_KINDS.labels[key] }))];

interface ImpactNoteFormProps extends FormDialogControls {
  scope: { programId?: string; partnerId?: string };
  /** Present when editing; absent when adding. */
  note?: ImpactNote;
}

/** Adds or edits a story, quote, outcome, lesson learned or media mention, with the value it shows. */
export function ImpactNoteForm({ scope, note, onDirtyChange, cancel, done }: ImpactNoteFormProps) {
  const formId = useId();
  const id = (name: string) => `${formId}-${name}`;
  const fields = impactNoteFields(formId);
  const save = useSaveProblem(fields);
  const queryClient = useQueryClient();
  const create = useCreateImpactNote();
  const update = useUpdateImpactNote();
  const programPartners = useProgramPartnerOptions(scope.programId);
  const partnerPrograms = usePartnerProgramOptions(scope.partnerId && !scope.programId ? scope.partnerId : undefined);

  const form = useForm<ImpactNoteValues>({
    initialValues: initialImpactNoteValues({ note, partnerId: scope.partnerId, programId: scope.programId, today: todayCalendarDay() }),
    validate: (values) => validateImpactNote(values),
  });
  const values = form.getValues();
  const dirty = form.isDirty();
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const handleSubmit = form.onSubmit((submitted) => {
    save.clear();
    const onError = (error: unknown) => save.fail(error, form.setFieldError);
    const onSuccess = () => {
      notifySuccess(note ? 'Note saved' : 'Note added');
      done();
    };
    if (note) update.mutate({ id: note.id, ...toUpdateNoteBody(submitted, note) }, { onSuccess, onError });
    else create.mutate(toCreateNoteBody(submitted), { onSuccess, onError });
  }, save.invalid);

  const quote = values.kind === 'quote';
  const partnerOptions = [
    { value: '', label: 'No particular partner' },
    ...withCurrent(programPartners.data ?? [], note?.partner ?? null),
  ];
  const programOptions = [
    { value: '', label: 'No particular program' },
    ...withCurrent(partnerPrograms.data ?? [], note?.program ? { id: note.program.id, name: note.program.title } : null),
  ];

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={note ? 'Edit note' : 'Add a note'}>
      <Stack gap="md">
        <SaveProblemAlert
          problem={save.problem}
          reloaded={save.reloaded}
          title={note ? "The note wasn't saved" : "The note wasn't added"}
          onReload={() => {
            void queryClient.invalidateQueries({ queryKey: impactNotesKeys.all });
            save.markReloaded();
          }}
        />
        <ErrorSummary errors={summaryItems(form.errors, fields)} focusKey={save.attempts} />

        <NativeSelect
          id={id('kind')}
          label="Kind of note"
          data={KIND_OPTIONS}
          {...form.getInputProps('kind')}
          onChange={(event) => form.setFieldValue('kind', event.currentTarget.value as ImpactNoteKind | '')}
        />
        {scope.programId && (
          <NativeSelect id={id('partnerId')} label="Partner (optional)" description="One of the program’s partners, if the note is about one" data={partnerOptions} {...form.getInputProps('partnerId')} />
        )}
        {scope.partnerId && !scope.programId && (
          <NativeSelect id={id('programId')} label="Program (optional)" description="The joint program it is about, if any" data={programOptions} {...form.getInputProps('programId')} />
        )}
        <Textarea
          id={id('text')}
          label={quote ? 'What was said' : 'Note'}
          description={quote ? 'In the person’s own words' : undefined}
          autosize
          minRows={3}
          {...form.getInputProps('text')}
        />
        <TextInput
          id={id('attribution')}
          label={quote ? 'Who said it (optional)' : 'Who it came from (optional)'}
          description="For example: A parent at the summer reading finale"
          {...form.getInputProps('attribution')}
        />
        {quote && (
          <Checkbox
            id={id('consentToQuote')}
            label="They agreed to be quoted"
            description="Without consent, the quote is shown only inside Common Ground: never in reports or exports."
            {...form.getInputProps('consentToQuote', { type: 'checkbox' })}
          />
        )}
        <Radio.Group
          label="Which value does it show?"
          value={values.valueDimension}
          onChange={(value) => form.setFieldValue('valueDimension', value as ValueDimension)}
          error={form.errors.valueDimension}
        >
          <Stack gap="xs" mt={6}>
            {VALUE_DIMENSIONS.keys.map((dimension, index) => (
              <Radio
                key={dimension}
                id={index === 0 ? id('valueDimension') : undefined}
                value={dimension}
                label={VALUE_DIMENSIONS.labels[dimension]}
                description={DIMENSION_MEANINGS[dimension]}
              />
            ))}
          </Stack>
        </Radio.Group>
        <TextInput id={id('notedOn')} type="date" label="Date" w={{ base: '100%', xs: 200 }} {...form.getInputProps('notedOn')} />
        {values.kind === 'media-mention' && (
          <TextInput
            id={id('sourceUrl')}
            type="url"
            label="Where it appeared (optional)"
            description="The web address of the article, post or broadcast"
            inputMode="url"
            {...form.getInputProps('sourceUrl')}
          />
        )}

        <FormActions onCancel={cancel} submitLabel={note ? 'Save note' : 'Add note'} pending={create.isPending || update.isPending} />
      </Stack>
    </form>
  );
}
