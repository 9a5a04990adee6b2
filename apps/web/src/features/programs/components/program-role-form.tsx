import { PROGRAM_ROLES } from '@common-ground/domain';
import { NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { FormActions } from '../../../components/ui/form-actions';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { notifySuccess } from '../../../components/ui/notify';
import { SaveProblemAlert } from '../../../components/ui/save-problem-alert';
import { UnsavedChangesGuard } from '../../../components/ui/unsaved-changes-guard';
import { useSaveProblem } from '../../../hooks/use-save-problem';
import { todayCalendarDay } from '../../../lib/calendar-day';
import { summaryItems, type FormField } from '../../../lib/form-problems';
import { partnerContactsQueryOptions } from '../../contacts/api/contacts-queries';
import { programsKeys } from '../api/programs-queries';
import type { ProgramRoleRecord, UpdateProgramRoleBody } from '../api/types';
import { useCreateProgramRole, useUpdateProgramRole } from '../api/use-program-role-mutations';
import { PROGRAM_ROLE_OPTIONS } from '../program-labels';
import { RESPONSIBILITIES_MAX } from '../program-form-values';
import { PartnerSelect } from './partner-select';

type RoleField = 'partnerId' | 'role' | 'responsibilities' | 'ownerContactId' | 'ownerNamedOn';

interface RoleFormValues {
  partnerId: string;
  partnerName: string;
  role: string;
  responsibilities: string;
  ownerContactId: string;
  ownerNamedOn: string;
}

interface ProgramRoleFormProps {
  programId: string;
  /** Present when editing (the partner is then fixed); absent when adding. */
  role?: ProgramRoleRecord;
  onDone: () => void;
}

/** Adds or edits a partner's role in place, on the program page: who, what role, what they do, and who owns it. */
export function ProgramRoleForm({ programId, role, onDone }: ProgramRoleFormProps) {
  const formId = useId();
  const fields: readonly FormField<RoleField>[] = [
    { name: 'partnerId', id: `${formId}-partner` },
    { name: 'role', id: `${formId}-role` },
    { name: 'responsibilities', id: `${formId}-responsibilities` },
    { name: 'ownerContactId', id: `${formId}-owner` },
    { name: 'ownerNamedOn', id: `${formId}-owner-named` },
  ];
  const createRole = useCreateProgramRole(programId);
  const updateRole = useUpdateProgramRole(programId);
  const save = useSaveProblem(fields);
  const queryClient = useQueryClient();

  const form = useForm<RoleFormValues>({
    initialValues: {
      partnerId: role?.partner.id ?? '',
      partnerName: role?.partner.name ?? '',
      role: role?.role ?? '',
      responsibilities: role?.responsibilities ?? '',
      ownerContactId: role?.ownerContact?.id ?? '',
      ownerNamedOn: role?.ownerNamedOn ?? '',
    },
    validate: {
      partnerId: (value) => (value ? null : 'Choose the partner'),
      role: (value) => (PROGRAM_ROLES.has(value) ? null : 'Choose the partner’s role in the program'),
      responsibilities: (value) =>
        value.length > RESPONSIBILITIES_MAX ? `Keep the responsibilities to ${RESPONSIBILITIES_MAX.toLocaleString('en-GB')} characters or fewer` : null,
      ownerNamedOn: (value, values) => (value && !values.ownerContactId ? 'Choose who owns the role, or clear the date' : null),
    },
  });

  const { partnerId } = form.values;
  const contacts = useQuery({ ...partnerContactsQueryOptions(partnerId, 'false'), enabled: partnerId !== '' });
  const contactOptions = [
    { value: '', label: partnerId === '' ? 'Choose the partner first' : contacts.isPending ? 'Loading their contacts…' : 'No owner yet' },
    ...(contacts.data?.items ?? []).map((contact) => ({ value: contact.id, label: contact.title ? `${contact.name} (${contact.title})` : contact.name })),
  ];
  // An owner who has since left the partner still shows, so the select does not silently change.
  if (role?.ownerContact && !contactOptions.some((option) => option.value === role.ownerContact?.id)) {
    contactOptions.push({ value: role.ownerContact.id, label: role.ownerContact.name });
  }

  const handleSubmit = form.onSubmit((values) => {
    if (!PROGRAM_ROLES.has(values.role)) return;
    save.clear();
    const onError = (error: unknown) => save.fail(error, form.setFieldError);
    const ownerContactId = values.ownerContactId || null;
    const ownerNamedOn = ownerContactId ? values.ownerNamedOn || null : null;
    if (role) {
      const body: UpdateProgramRoleBody = { version: role.version };
      if (values.role !== role.role) body.role = values.role;
      if (values.responsibilities.trim() !== role.responsibilities) body.responsibilities = values.responsibilities.trim();
      if (ownerContactId !== (role.ownerContact?.id ?? null)) body.ownerContactId = ownerContactId;
      if (ownerNamedOn !== role.ownerNamedOn && (ownerNamedOn !== null || ownerContactId === null)) body.ownerNamedOn = ownerNamedOn;
      if (Object.keys(body).length === 1) {
        onDone();
        return;
      }
      updateRole.mutate(
        { id: role.id, ...body },
        {
          onSuccess: () => {
            notifySuccess('Role saved');
            onDone();
          },
          onError,
        },
      );
      return;
    }
    createRole.mutate(
      {
        partnerId: values.partnerId,
        role: values.role,
        ...(values.responsibilities.trim() ? { responsibilities: values.responsibilities.trim() } : {}),
        ...(ownerContactId ? { ownerContactId } : {}),
        ...(ownerNamedOn ? { ownerNamedOn } : {}),
      },
      {
        onSuccess: (created) => {
          notifySuccess(`${created.partner.name} added as ${PROGRAM_ROLES.labels[created.role].toLowerCase()}`);
          onDone();
        },
        onError,
      },
    );
  }, save.invalid);

  const pending = createRole.isPending || updateRole.isPending;

  return (
    <Paper withBorder p="md" component="form" onSubmit={handleSubmit} noValidate aria-label={role ? `Edit ${role.partner.name}’s role` : 'Add a partner’s role'}>
      <Stack gap="md">
        <SaveProblemAlert
          problem={save.problem}
          reloaded={save.reloaded}
          title={role ? "The role wasn't saved" : "The role wasn't added"}
          onReload={() => {
            void queryClient.invalidateQueries({ queryKey: programsKeys.roles(programId) });
            save.markReloaded();
          }}
        />
        <ErrorSummary errors={summaryItems(form.errors, fields)} focusKey={save.attempts} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {role ? (
            <div>
              <Text size="sm" fw={500}>
                Partner
              </Text>
              <Text id={`${formId}-partner`}>{role.partner.name}</Text>
            </div>
          ) : (
            <PartnerSelect
              id={`${formId}-partner`}
              label="Partner"
              value={form.values.partnerId}
              valueName={form.values.partnerName || undefined}
              onChange={(partner) => {
                form.setFieldValue('partnerId', partner?.id ?? '');
                form.setFieldValue('partnerName', partner?.name ?? '');
                form.setFieldValue('ownerContactId', '');
                form.setFieldValue('ownerNamedOn', '');
              }}
              error={form.errors.partnerId}
              data-autofocus
            />
          )}
          <NativeSelect
            id={`${formId}-role`}
            label="Role"
            data={form.values.role ? PROGRAM_ROLE_OPTIONS : [{ value: '', label: 'Choose a role' }, ...PROGRAM_ROLE_OPTIONS]}
            {...form.getInputProps('role')}
          />
        </SimpleGrid>
        <Textarea
          id={`${formId}-responsibilities`}
          label="Responsibilities (optional)"
          description="What this partner does for the program"
          rows={2}
          resize="vertical"
          {...form.getInputProps('responsibilities')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            id={`${formId}-owner`}
            label="Who owns it at the partner (optional)"
            data={contactOptions}
            disabled={partnerId === ''}
            value={form.values.ownerContactId}
            onChange={(event) => {
              const ownerContactId = event.currentTarget.value;
              form.setFieldValue('ownerContactId', ownerContactId);
              // Naming an owner is dated today unless said otherwise; removing the owner removes the date.
              if (!ownerContactId) form.setFieldValue('ownerNamedOn', '');
              else if (!form.getValues().ownerNamedOn) form.setFieldValue('ownerNamedOn', todayCalendarDay());
            }}
            error={form.errors.ownerContactId}
          />
          {form.values.ownerContactId && (
            <TextInput id={`${formId}-owner-named`} type="date" label="Owner named on" {...form.getInputProps('ownerNamedOn')} />
          )}
        </SimpleGrid>
        <FormActions onCancel={onDone} submitLabel={role ? 'Save role' : 'Add role'} pending={pending} />
      </Stack>
      {form.isDirty() && <UnsavedChangesGuard />}
    </Paper>
  );
}
