import { Checkbox, SimpleGrid, Stack, TextInput } from '@mantine/core';
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
import { contactsKeys } from '../api/contacts-queries';
import type { Contact } from '../api/types';
import { useCreateContact, useUpdateContact } from '../api/use-contact-mutations';

const NAME_MAX = 200;
// A light check for typing slips; the API is the judge of what an email address is.
const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type ContactField = 'name' | 'title' | 'email' | 'phone' | 'isPrimary' | 'affiliationStart' | 'affiliationEnd';

interface ContactFormProps {
  partnerId: string;
  /** Present when editing; absent when adding. */
  contact?: Contact;
  onDone: () => void;
}

/** Adds or edits a person at the partner (shown in a dialog). The API checks the dates (left on or after started). */
export function ContactForm({ partnerId, contact, onDone }: ContactFormProps) {
  const formId = useId();
  const id = (name: string) => `${formId}-${name}`;
  const fields: readonly FormField<ContactField>[] = [
    { name: 'name', id: id('name') },
    { name: 'title', id: id('title') },
    { name: 'email', id: id('email') },
    { name: 'phone', id: id('phone') },
    { name: 'isPrimary', id: id('primary') },
    { name: 'affiliationStart', id: id('started') },
    { name: 'affiliationEnd', id: id('left') },
  ];
  const queryClient = useQueryClient();
  const createContact = useCreateContact(partnerId);
  const updateContact = useUpdateContact(partnerId);
  const save = useSaveProblem(fields);

  const form = useForm({
    initialValues: {
      name: contact?.name ?? '',
      title: contact?.title ?? '',
      email: contact?.email ?? '',
      phone: contact?.phone ?? '',
      isPrimary: contact?.isPrimary ?? false,
      affiliationStart: contact?.affiliationStart ?? '',
      affiliationEnd: contact?.affiliationEnd ?? '',
    },
    validate: {
      name: (value) => {
        if (value.trim() === '') return 'Enter the contact’s name';
        return value.trim().length > NAME_MAX ? `Keep the name to ${NAME_MAX} characters or fewer` : null;
      },
      email: (value) =>
        value.trim() === '' || LOOKS_LIKE_EMAIL.test(value.trim()) ? null : 'Enter an email address in the right format, like name@partner.org',
    },
  });

  const handleSubmit = form.onSubmit((values) => {
    save.clear();
    const body = {
      name: values.name.trim(),
      title: values.title.trim() || null,
      email: values.email.trim() || null,
      phone: values.phone.trim() || null,
      isPrimary: values.isPrimary,
      affiliationStart: values.affiliationStart || null,
      affiliationEnd: values.affiliationEnd || null,
    };
    const onError = (error: unknown) => save.fail(error, form.setFieldError);
    if (contact) {
      updateContact.mutate(
        { id: contact.id, version: contact.version, ...body },
        {
          onSuccess: (saved) => {
            notifySuccess(`${saved.name}’s details saved`);
            onDone();
          },
          onError,
        },
      );
    } else {
      createContact.mutate(body, {
        onSuccess: (saved) => {
          notifySuccess(`${saved.name} added`);
          onDone();
        },
        onError,
      });
    }
  }, save.invalid);

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <SaveProblemAlert
          problem={save.problem}
          reloaded={save.reloaded}
          title={contact ? "The contact wasn't saved" : "The contact wasn't added"}
          onReload={() => {
            void queryClient.invalidateQueries({ queryKey: contactsKeys.partner(partnerId) });
            save.markReloaded();
          }}
        />
        <ErrorSummary errors={summaryItems(form.errors, fields)} focusKey={save.attempts} />
        <TextInput id={id('name')} label="Name" autoComplete="off" data-autofocus {...form.getInputProps('name')} />
        <TextInput id={id('title')} label="Job title" autoComplete="off" {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            id={id('email')}
            label="Email"
            type="email"
            inputMode="email"
            autoComplete="off"
            spellCheck={false}
            {...form.getInputProps('email')}
          />
          <TextInput id={id('phone')} label="Phone" type="tel" inputMode="tel" autoComplete="off" {...form.getInputProps('phone')} />
        </SimpleGrid>
        <Checkbox
          id={id('primary')}
          label="Primary contact"
          description="The person to reach first. Only one contact is primary; choosing this one replaces the current one."
          {...form.getInputProps('isPrimary', { type: 'checkbox' })}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput id={id('started')} type="date" label="Started" description="When they started working with the library" {...form.getInputProps('affiliationStart')} />
          <TextInput id={id('left')} type="date" label="Left" description="Leave empty while they are still there" {...form.getInputProps('affiliationEnd')} />
        </SimpleGrid>
        <FormActions onCancel={onDone} submitLabel={contact ? 'Save contact' : 'Add contact'} pending={createContact.isPending || updateContact.isPending} />
      </Stack>
      {form.isDirty() && <UnsavedChangesGuard />}
    </form>
  );
}
