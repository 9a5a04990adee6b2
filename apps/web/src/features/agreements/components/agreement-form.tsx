import { AGREEMENT_KINDS, type AgreementKind } from '@common-ground/domain';
import { Checkbox, NativeSelect, Paper, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { FormActions } from '../../../components/ui/form-actions';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { notifySuccess } from '../../../components/ui/notify';
import { summaryItems, type FormField } from '../../../lib/form-problems';
import { SaveProblemAlert } from '../../../components/ui/save-problem-alert';
import { UnsavedChangesGuard } from '../../../components/ui/unsaved-changes-guard';
import { useSaveProblem } from '../../../hooks/use-save-problem';
import { agreementsKeys } from '../api/agreements-queries';
import type { Agreement } from '../api/types';
import { useCreateAgreement, useUpdateAgreement } from '../api/use-agreement-mutations';

const TITLE_MAX = 200;
const KIND_OPTIONS = [
  { value: '', label: 'Choose a kind', disabled: true },
  ...AGREEMENT_KINDS.keys.map((key) => ({ value: key, label: AGREEMENT_KINDS.labels[key] })),
];
// A light check for typing slips; the API judges what a link is.
const LOOKS_LIKE_LINK = /^https?:\/\/\S+$/i;

type AgreementField = 'kind' | 'title' | 'startsOn' | 'endsOn' | 'reviewOn' | 'listsContributions' | 'attachmentUrl';

interface AgreementFormProps {
  partnerId: string;
  /** Present when editing; absent when adding. */
  agreement?: Agreement;
  onDone: () => void;
}

/** Adds or edits an agreement in place, on the partner page. The API checks the dates (end on or after start). */
export function AgreementForm({ partnerId, agreement, onDone }: AgreementFormProps) {
  const formId = useId();
  const id = (name: string) => `${formId}-${name}`;
  const fields: readonly FormField<AgreementField>[] = [
    { name: 'kind', id: id('kind') },
    { name: 'title', id: id('title') },
    { name: 'startsOn', id: id('starts') },
    { name: 'endsOn', id: id('ends') },
    { name: 'reviewOn', id: id('review') },
    { name: 'listsContributions', id: id('lists') },
    { name: 'attachmentUrl', id: id('link') },
  ];
  const queryClient = useQueryClient();
  const createAgreement = useCreateAgreement(partnerId);
  const updateAgreement = useUpdateAgreement(partnerId);
  const save = useSaveProblem(fields);

  const form = useForm({
    initialValues: {
      kind: (agreement?.kind ?? '') as string,
      title: agreement?.title ?? '',
      startsOn: agreement?.startsOn ?? '',
      endsOn: agreement?.endsOn ?? '',
      reviewOn: agreement?.reviewOn ?? '',
      listsContributions: agreement?.listsContributions ?? false,
      attachmentUrl: agreement?.attachmentUrl ?? '',
    },
    validate: {
      kind: (value) => (AGREEMENT_KINDS.has(value) ? null : 'Choose what kind of agreement it is'),
      title: (value) => {
        if (value.trim() === '') return 'Enter a title for the agreement';
        return value.trim().length > TITLE_MAX ? `Keep the title to ${TITLE_MAX} characters or fewer` : null;
      },
      attachmentUrl: (value) =>
        value.trim() === '' || LOOKS_LIKE_LINK.test(value.trim()) ? null : 'Enter a link that starts with https:// or http://',
    },
  });

  const handleSubmit = form.onSubmit((values) => {
    if (!AGREEMENT_KINDS.has(values.kind)) return;
    const kind: AgreementKind = values.kind;
    save.clear();
    const fieldsToSave = {
      kind,
      title: values.title.trim(),
      startsOn: values.startsOn || null,
      endsOn: values.endsOn || null,
      reviewOn: values.reviewOn || null,
      listsContributions: values.listsContributions,
      attachmentUrl: values.attachmentUrl.trim() || null,
    };
    const onError = (error: unknown) => save.fail(error, form.setFieldError);
    if (agreement) {
      updateAgreement.mutate(
        { id: agreement.id, version: agreement.version, ...fieldsToSave },
        {
          onSuccess: () => {
            notifySuccess('Agreement saved');
            onDone();
          },
          onError,
        },
      );
    } else {
      createAgreement.mutate(fieldsToSave, {
        onSuccess: () => {
          notifySuccess('Agreement added');
          onDone();
        },
        onError,
      });
    }
  }, save.invalid);

  return (
    <Paper withBorder p="md" component="form" onSubmit={handleSubmit} noValidate aria-label={agreement ? 'Edit agreement' : 'Add an agreement'}>
      <Stack gap="md">
        <SaveProblemAlert
          problem={save.problem}
          reloaded={save.reloaded}
          title={agreement ? "The agreement wasn't saved" : "The agreement wasn't added"}
          onReload={() => {
            void queryClient.invalidateQueries({ queryKey: agreementsKeys.partner(partnerId) });
            save.markReloaded();
          }}
        />
        <ErrorSummary errors={summaryItems(form.errors, fields)} focusKey={save.attempts} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect id={id('kind')} label="Kind" data={KIND_OPTIONS} {...form.getInputProps('kind')} />
          <TextInput id={id('title')} label="Title" description="For example, Summer reading MOU 2026" {...form.getInputProps('title')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
          <TextInput id={id('starts')} type="date" label="Start date" {...form.getInputProps('startsOn')} />
          <TextInput id={id('ends')} type="date" label="End date" {...form.getInputProps('endsOn')} />
          <TextInput id={id('review')} type="date" label="Review date" description="When to review or renew it" {...form.getInputProps('reviewOn')} />
        </SimpleGrid>
        <Checkbox
          id={id('lists')}
          label="Lists each side's contributions"
          description="Tick if the agreement says what the library and the partner each bring"
          {...form.getInputProps('listsContributions', { type: 'checkbox' })}
        />
        <TextInput
          id={id('link')}
          type="url"
          inputMode="url"
          label="Link to the document"
          description="Where the signed copy is kept, starting https://"
          spellCheck={false}
          {...form.getInputProps('attachmentUrl')}
        />
        <FormActions onCancel={onDone} submitLabel={agreement ? 'Save agreement' : 'Add agreement'} pending={createAgreement.isPending || updateAgreement.isPending} />
      </Stack>
      {form.isDirty() && <UnsavedChangesGuard />}
    </Paper>
  );
}
