import { CHANNELS, SIDES, SUBSTANTIVE_BY_DEFAULT, type Channel, type Factor, type Side } from '@common-ground/domain';
import { Box, Button, Group, MultiSelect, SegmentedControl, SimpleGrid, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { memo, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { notifySuccess } from '../../../components/ui/notify';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { SaveProblemAlert } from '../../../components/ui/save-problem-alert';
import { useSaveProblem } from '../../../hooks/use-save-problem';
import { useStableCallback } from '../../../hooks/use-stable-callback';
import { summaryItems } from '../../../lib/form-problems';
import { toProblemError } from '../../../lib/problem-error';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { partnerContactsQueryOptions } from '../../contacts/api/contacts-queries';
import { useStaffOptions } from '../../partners/hooks/use-staff-options';
import type { Communication } from '../api/types';
import { useUpdateCommunication } from '../api/use-communication-mutations';
import { useLogCommunication } from '../api/use-log-communication';
import type { QuickLogPartner } from '../quick-log-context';
import {
  followDefaultDueDates,
  initialQuickLogValues,
  mergeLatest,
  newFollowUpRow,
  quickLogFields,
  rememberChannel,
  taggedFactors,
  toCreateBody,
  toUpdateBody,
  validateQuickLog,
  valuesFromCommunication,
  withFormPaths,
  type FactorTagValue,
  type FollowUpRow,
  type QuickLogValues,
} from '../quick-log-values';
import { ChannelChips } from './channel-chips';
import { FactorTagsFields } from './factor-tags-fields';
import { FollowUpRows } from './follow-up-rows';
import { PartnerPicker } from './partner-picker';

const SIDE_OPTIONS = SIDES.keys.map((side) => ({ value: side, label: SIDES.labels[side] }));

/** The dialog's title and the form's name when a logged conversation is being changed. */
export const EDIT_TITLE = 'Edit the conversation';

export interface QuickLogFormProps {
  /** Filled in when the quick log was opened from a partner's page (and when editing: the conversation's). */
  partner: QuickLogPartner | null;
  /** Editing this logged conversation (as last read) instead of logging a new one. */
  communication?: Communication;
  /** Editing: fetches the latest version after "someone else saved first" (what was typed stays). */
  onReload?: () => Promise<Communication | undefined>;
  onDirtyChange: (dirty: boolean) => void;
  onSaved: () => void;
  onCancel: () => void;
}

/** People already on the record stay choosable, even if they have left since (the API keeps them too). */
function withPeople(options: { value: string; label: string }[], people: readonly { id: string; name: string }[]) {
  const missing = people.filter((person) => !options.some((option) => option.value === person.id));
  return missing.length === 0 ? options : [...options, ...missing.map((person) => ({ value: person.id, label: person.name }))];
}

/**
 * Log a conversation in under 30 seconds (DOMAIN.md): partner, when, channel, who, a few lines and the follow-ups
 * it produced. Everything but the partner has a sensible default; a refused save keeps what was typed and puts
 * each of the API's messages on its field. The same form edits a logged conversation (not its partner, and not
 * its follow-ups, which are changed as follow-ups), sending only what changed with the version it read.
 */
export function QuickLogForm({ partner, communication, onReload, onDirtyChange, onSaved, onCancel }: QuickLogFormProps) {
  const me = useCurrentUser();
  const formId = useId();
  const log = useLogCommunication();
  const update = useUpdateCommunication();
  const editing = communication !== undefined;
  // The version the form stands on: the one it opened with, then the one loaded after a conflict.
  const [base, setBase] = useState(communication);
  const [chosenPartner, setChosenPartner] = useState<QuickLogPartner | null>(partner);
  // An edit keeps "substantive" as it was whatever the channel becomes (the API does the same).
  const [substantiveTouched, setSubstantiveTouched] = useState(editing);
  const [tagsOpened, setTagsOpened] = useState((communication?.factorTags.length ?? 0) > 0);
  const [focusRow, setFocusRow] = useState<string | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  const form = useForm<QuickLogValues>({
    initialValues: communication ? valuesFromCommunication(communication) : initialQuickLogValues({ partnerId: partner?.id ?? '', meId: me.id }),
    validate: (values) => validateQuickLog(values),
  });
  const values = form.getValues();
  const fields = quickLogFields(formId, values);
  const save = useSaveProblem(fields);
  const id = (name: string) => `${formId}-${name}`;

  const staff = useStaffOptions(me);
  const contacts = useQuery({ ...partnerContactsQueryOptions(values.partnerId, 'false'), enabled: values.partnerId !== '' });
  const contactOptions = useMemo(
    () =>
      withPeople(
        (contacts.data?.items ?? []).map((contact) => ({ value: contact.id, label: contact.title ? `${contact.name} (${contact.title})` : contact.name })),
        communication?.contactParticipants ?? [],
      ),
    [contacts.data, communication?.contactParticipants],
  );
  // Me first, so a librarian logging alone never has to look for themself.
  const staffOptions = useMemo(
    () =>
      withPeople(
        staff.options.some((option) => option.value === me.id)
          ? [...staff.options.filter((option) => option.value === me.id), ...staff.options.filter((option) => option.value !== me.id)]
          : [{ value: me.id, label: me.name }, ...staff.options],
        communication?.staffParticipants ?? [],
      ),
    [staff.options, me.id, me.name, communication?.staffParticipants],
  );

  const dirty = form.isDirty();
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  // A new follow-up row takes focus, so the next thing typed is what needs doing.
  useEffect(() => {
    if (!focusRow) return;
    document.getElementById(id(`${focusRow}-description`))?.focus();
    setFocusRow(null);
  });

  // A problem that is not about one field is said at the top of a long dialog: bring it into view.
  useEffect(() => {
    if (save.problem) problemRef.current?.focus();
  }, [save.problem, save.attempts]);

  const choosePartner = useStableCallback((next: QuickLogPartner | null) => {
    setChosenPartner(next);
    form.setFieldValue('partnerId', next?.id ?? '');
    // Contacts belong to one partner: someone from the last one cannot have been in this conversation.
    form.setFieldValue('contactParticipantIds', []);
    form.setFieldValue(
      'followUps',
      form.getValues().followUps.map((row) => ({ ...row, ownerContactId: '' })),
    );
  });

  const chooseChannel = useStableCallback((channel: Channel) => {
    form.setFieldValue('channel', channel);
    if (!substantiveTouched) form.setFieldValue('substantive', SUBSTANTIVE_BY_DEFAULT[channel]);
  });

  const setInitiatedBy = useStableCallback((side: Side) => form.setFieldValue('initiatedBy', side));
  const setTwoWay = useStableCallback((twoWay: boolean) => form.setFieldValue('twoWay', twoWay));
  const setSubstantive = useStableCallback((substantive: boolean) => {
    setSubstantiveTouched(true);
    form.setFieldValue('substantive', substantive);
  });
  const setStaff = useStableCallback((ids: string[]) => form.setFieldValue('staffParticipantIds', ids));
  const setContacts = useStableCallback((ids: string[]) => form.setFieldValue('contactParticipantIds', ids));
  const toggleTags = useStableCallback(() => setTagsOpened((opened) => !opened));
  const changeFactorTag = useStableCallback((factor: Factor, tag: FactorTagValue) => {
    form.setFieldValue(`factorTags.${factor}`, tag);
    form.clearFieldError(`factorTags.${factor}.sign`);
    form.clearFieldError(`factorTags.${factor}.note`);
  });

  const changeWhen = (occurredAt: string) => {
    form.setFieldValue('occurredAt', occurredAt);
    form.setFieldValue('followUps', followDefaultDueDates(form.getValues().followUps, occurredAt));
  };

  const addFollowUp = useStableCallback(() => {
    const row = newFollowUpRow(form.getValues().occurredAt, me.id);
    form.insertListItem('followUps', row);
    setFocusRow(row.key);
  });

  const removeFollowUp = useStableCallback((index: number) => {
    // Errors are per position: after a removal they would point at the wrong row, so the rows' errors go.
    form.removeListItem('followUps', index);
    form.setErrors(Object.fromEntries(Object.entries(form.errors).filter(([key]) => !key.startsWith('followUps.'))));
    document.getElementById(id('follow-ups'))?.focus();
  });

  const changeFollowUp = useStableCallback((index: number, row: FollowUpRow) => {
    form.setFieldValue(`followUps.${index}`, row);
    for (const field of ['description', 'ownerSide', 'ownerUserId', 'ownerContactId', 'dueOn']) form.clearFieldError(`followUps.${index}.${field}`);
  });

  const reload = async () => {
    const latest = await onReload?.();
    if (!latest || !base) return;
    form.setValues(mergeLatest(form.getValues(), base, latest));
    setBase(latest);
    save.markReloaded();
  };

  const saveEdit = (submitted: QuickLogValues, edited: Communication) => {
    const sentFactors: Factor[] = taggedFactors(submitted);
    const body = toUpdateBody(submitted, edited);
    // Nothing changed: nothing to save, and no new version.
    if (Object.keys(body).length === 1) {
      onDirtyChange(false);
      onSaved();
      return;
    }
    update.mutate(
      { id: edited.id, ...body },
      {
        onSuccess: (saved) => {
          notifySuccess(`Changes to the ${CHANNELS.labels[saved.channel].toLowerCase()} with ${saved.partner.name} saved`);
          onDirtyChange(false);
          onSaved();
        },
        onError: (error) => {
          const problem = withFormPaths(toProblemError(error), sentFactors);
          if (problem.fieldErrors.some((item) => item.field.startsWith('factorTags'))) setTagsOpened(true);
          save.fail(problem, form.setFieldError);
        },
      },
    );
  };

  const handleSubmit = form.onSubmit(
    (submitted) => {
      save.clear();
      if (base) {
        saveEdit(submitted, base);
        return;
      }
      const sentFactors: Factor[] = taggedFactors(submitted);
      log.mutate(toCreateBody(submitted), {
        onSuccess: (saved) => {
          rememberChannel(submitted.channel);
          const followUps = saved.followUps.length;
          notifySuccess(
            `Conversation with ${saved.partner.name} logged${followUps > 0 ? `, with ${followUps} ${followUps === 1 ? 'follow-up' : 'follow-ups'}` : ''}`,
          );
          onDirtyChange(false);
          onSaved();
        },
        onError: (error) => {
          const problem = withFormPaths(toProblemError(error), sentFactors);
          if (problem.fieldErrors.some((item) => item.field.startsWith('factorTags'))) setTagsOpened(true);
          save.fail(problem, form.setFieldError);
        },
      });
    },
    (errors) => {
      if (Object.keys(errors).some((key) => key.startsWith('factorTags'))) setTagsOpened(true);
      save.invalid();
    },
  );

  const partnerLabel = chosenPartner?.name ?? null;

  return (
    <Box component="form" onSubmit={handleSubmit} noValidate aria-label={editing ? EDIT_TITLE : 'Log a conversation'}>
      <Stack gap="md">
        <div ref={problemRef} tabIndex={-1} style={{ outline: 'none' }}>
          {editing ? (
            <SaveProblemAlert
              problem={save.problem}
              reloaded={save.reloaded}
              title={save.problem?.isConflict ? 'Someone else saved this conversation first' : 'Your changes weren’t saved'}
              onReload={() => void reload()}
            />
          ) : (
            save.problem && <ProblemAlert problem={save.problem} title="The conversation wasn’t saved" />
          )}
        </div>
        <ErrorSummary errors={summaryItems(form.errors, fields)} focusKey={save.attempts} />

        {editing ? (
          <div>
            <Text size="sm" fw={500}>
              Partner
            </Text>
            <Text id={id('partner')}>{partnerLabel}</Text>
          </div>
        ) : (
          <PartnerPicker
            id={id('partner')}
            value={chosenPartner}
            onChange={choosePartner}
            error={form.errors.partnerId}
            autoFocus={!partner}
          />
        )}

        <TextInput
          id={id('when')}
          type="datetime-local"
          label="When"
          description={editing ? 'When the conversation happened' : 'Now, unless you are catching up'}
          value={values.occurredAt}
          onChange={(event) => changeWhen(event.currentTarget.value)}
          error={form.errors.occurredAt}
          maw={{ base: '100%', xs: 280 }}
        />

        <ChannelChips id={id('channel')} value={values.channel} onChange={chooseChannel} error={form.errors.channel} />

        <ConversationFlags
          idPrefix={formId}
          initiatedBy={values.initiatedBy}
          twoWay={values.twoWay}
          substantive={values.substantive}
          onInitiatedBy={setInitiatedBy}
          onTwoWay={setTwoWay}
          onSubstantive={setSubstantive}
          errors={form.errors}
        />

        <ParticipantsFields
          idPrefix={formId}
          partnerName={partnerLabel}
          partnerChosen={values.partnerId !== ''}
          contactsLoaded={contacts.isSuccess}
          staffOptions={staffOptions}
          contactOptions={contactOptions}
          staffIds={values.staffParticipantIds}
          contactIds={values.contactParticipantIds}
          onStaff={setStaff}
          onContacts={setContacts}
          staffError={form.errors.staffParticipantIds}
          contactsError={form.errors.contactParticipantIds}
        />

        <Textarea
          id={id('summary')}
          label="Summary"
          description="What was said and agreed, in a few lines"
          autosize
          minRows={3}
          maxRows={12}
          value={values.summary}
          onChange={(event) => form.setFieldValue('summary', event.currentTarget.value)}
          error={form.errors.summary}
          data-autofocus={partner ? true : undefined}
        />

        <FactorTagsFields
          idPrefix={formId}
          opened={tagsOpened}
          onToggle={toggleTags}
          value={values.factorTags}
          onChange={changeFactorTag}
          errors={form.errors}
        />

        {editing ? (
          <Text size="sm" c="dimmed">
            {followUpsNote(communication.followUps.length)}
          </Text>
        ) : (
          <FollowUpRows
            idPrefix={formId}
            rows={values.followUps}
            onAdd={addFollowUp}
            onRemove={removeFollowUp}
            onChange={changeFollowUp}
            staffOptions={staffOptions}
            contactOptions={contactOptions}
            partnerName={partnerLabel}
            meId={me.id}
            errors={form.errors}
          />
        )}

        <Group
          justify="flex-end"
          gap="sm"
          py="sm"
          style={{ position: 'sticky', bottom: 0, background: 'var(--mantine-color-body)', borderTop: '1px solid var(--mantine-color-gray-3)', zIndex: 1 }}
        >
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={log.isPending || update.isPending}>
            {editing ? 'Save changes' : 'Save'}
          </Button>
        </Group>
      </Stack>
    </Box>
  );
}

/** Follow-ups are commitments of their own, changed (done, missed, reopened) where follow-ups are listed. */
function followUpsNote(count: number): string {
  if (count === 0) return 'Follow-ups are added on the partner’s Follow-ups tab.';
  return `This conversation has ${count === 1 ? '1 follow-up' : `${count} follow-ups`}; change ${count === 1 ? 'it' : 'them'} on the partner’s Follow-ups tab.`;
}

interface ConversationFlagsProps {
  idPrefix: string;
  initiatedBy: Side;
  twoWay: boolean;
  substantive: boolean;
  onInitiatedBy: (side: Side) => void;
  onTwoWay: (twoWay: boolean) => void;
  onSubstantive: (substantive: boolean) => void;
  errors: Record<string, ReactNode>;
}

/** Who got in touch, and whether it was a two-way, substantive conversation (what the health model counts). */
const ConversationFlags = memo(function ConversationFlags({ idPrefix, initiatedBy, twoWay, substantive, onInitiatedBy, onTwoWay, onSubstantive, errors }: ConversationFlagsProps) {
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" verticalSpacing="sm">
      <div>
        <Text id={id('initiated-by-label')} size="sm" fw={500} mb={4}>
          Who got in touch
        </Text>
        <div id={id('initiated-by')} tabIndex={-1}>
          <SegmentedControl
            fullWidth
            data={SIDE_OPTIONS}
            value={initiatedBy}
            onChange={(side) => SIDES.has(side) && onInitiatedBy(side)}
            aria-labelledby={id('initiated-by-label')}
          />
        </div>
      </div>
      <Switch
        id={id('two-way')}
        label="Two-way"
        description="Both sides took part"
        checked={twoWay}
        onChange={(event) => onTwoWay(event.currentTarget.checked)}
        error={errors.twoWay}
        size="md"
      />
      <Switch
        id={id('substantive')}
        label="Substantive"
        description="More than a note in passing"
        checked={substantive}
        onChange={(event) => onSubstantive(event.currentTarget.checked)}
        error={errors.substantive}
        size="md"
      />
    </SimpleGrid>
  );
});

interface Option {
  value: string;
  label: string;
}

interface ParticipantsFieldsProps {
  idPrefix: string;
  partnerName: string | null;
  partnerChosen: boolean;
  contactsLoaded: boolean;
  staffOptions: Option[];
  contactOptions: Option[];
  staffIds: string[];
  contactIds: string[];
  onStaff: (ids: string[]) => void;
  onContacts: (ids: string[]) => void;
  staffError: ReactNode;
  contactsError: ReactNode;
}

/** Who took part on each side: staff from the directory, people from the partner's contacts (typed to find). */
const ParticipantsFields = memo(function ParticipantsFields(props: ParticipantsFieldsProps) {
  const { idPrefix, partnerName, partnerChosen, contactsLoaded, staffOptions, contactOptions, staffIds, contactIds } = props;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <MultiSelect
        id={`${idPrefix}-staff`}
        label="From the library"
        data={staffOptions}
        value={staffIds}
        onChange={props.onStaff}
        searchable
        hidePickedOptions
        nothingFoundMessage="No staff member matches"
        error={props.staffError}
        comboboxProps={{ withinPortal: true }}
      />
      <MultiSelect
        id={`${idPrefix}-contacts`}
        label={partnerName ? `From ${partnerName}` : 'From the partner'}
        placeholder={
          !partnerChosen
            ? 'Choose the partner first'
            : contactOptions.length === 0 && contactsLoaded
              ? 'No contacts recorded yet'
              : contactIds.length === 0
                ? 'Type a name'
                : undefined
        }
        data={contactOptions}
        value={contactIds}
        onChange={props.onContacts}
        searchable
        hidePickedOptions
        disabled={!partnerChosen}
        nothingFoundMessage="No contact of this partner matches"
        error={props.contactsError}
        comboboxProps={{ withinPortal: true }}
      />
    </SimpleGrid>
  );
});
