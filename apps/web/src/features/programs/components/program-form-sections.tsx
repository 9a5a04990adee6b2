import { ADMIN_CHECKLIST_ITEMS } from '@common-ground/domain';
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { todayCalendarDay } from '../../../lib/calendar-day';
import { VocabChips } from '../../partners/components/vocab-chips';
import {
  AGE_BAND_OPTIONS,
  DEVELOPMENT_MODEL_OPTIONS,
  FORMAT_OPTIONS,
  IMPACT_AREA_OPTIONS,
  LIBRARY_ROLE_OPTIONS,
  LOCATION_OPTIONS,
  PRIMARY_OUTCOME_OPTIONS,
  PROGRAM_ROLE_OPTIONS,
  STATUS_OPTIONS,
  STATUS_REASON_OPTIONS,
  TARGET_GROUP_OPTIONS,
  TOPIC_OPTIONS,
} from '../program-labels';
import {
  CHECKLIST,
  ROLES_ON_CREATE_MAX,
  TITLE_MAX,
  emptyRoleRow,
  needsReason,
  programFieldId,
  roleFieldId,
  type ProgramFormValues,
} from '../program-form-values';
import { PartnerSelect } from './partner-select';

export type ProgramFormApi = UseFormReturnType<ProgramFormValues>;

/** A section's legend, also a heading so screen reader users can jump between the form's parts (as GOV.UK does). */
function SectionLegend({ children }: { children: ReactNode }) {
  return (
    <Title order={2} size="h3" mb="sm">
      {children}
    </Title>
  );
}

/** A select that asks for a choice until one is made (no silent first option). */
function withChoose(options: { value: string; label: string }[], value: string, prompt: string) {
  return value ? options : [{ value: '', label: prompt }, ...options];
}

export function ProgramBasicsSection({ form }: { form: ProgramFormApi }) {
  const { values } = form;
  return (
    <Fieldset legend={<SectionLegend>The program</SectionLegend>} variant="unstyled">
      <Stack gap="md">
        <TextInput
          id={programFieldId('title')}
          label="Title"
          description="As it will be promoted, e.g. “Health fair with Riverside Clinic”"
          maxLength={TITLE_MAX + 50}
          autoComplete="off"
          {...form.getInputProps('title')}
        />
        <Textarea
          id={programFieldId('description')}
          label="Description (optional)"
          description="What happens, and what each side brings"
          rows={4}
          resize="vertical"
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            id={programFieldId('topic')}
            label="Topic"
            data={withChoose(TOPIC_OPTIONS, values.topic, 'Choose a topic')}
            {...form.getInputProps('topic')}
          />
          <NativeSelect
            id={programFieldId('format')}
            label="Kind of program"
            data={withChoose(FORMAT_OPTIONS, values.format, 'Choose a kind')}
            {...form.getInputProps('format')}
          />
          <NativeSelect id={programFieldId('location')} label="Where" data={withChoose(LOCATION_OPTIONS, values.location, 'Choose where')} {...form.getInputProps('location')} />
          <NativeSelect
            id={programFieldId('libraryRole')}
            label="The library’s role"
            description="Attendance counts in funder summaries only when the library sponsors or co-sponsors"
            data={withChoose(LIBRARY_ROLE_OPTIONS, values.libraryRole, 'Choose a role')}
            {...form.getInputProps('libraryRole')}
          />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}

export function ProgramDatesSection({ form }: { form: ProgramFormApi }) {
  const { values } = form;
  const reasonNeeded = needsReason(values.status);
  return (
    <Fieldset legend={<SectionLegend>Dates and status</SectionLegend>} variant="unstyled">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput id={programFieldId('startsOn')} type="date" label="Starts on" {...form.getInputProps('startsOn')} />
          <TextInput
            id={programFieldId('endsOn')}
            type="date"
            label="Ends on"
            description="The same day for a one-off program"
            min={values.startsOn || undefined}
            {...form.getInputProps('endsOn')}
          />
          <NativeSelect id={programFieldId('status')} label="Status" data={STATUS_OPTIONS} {...form.getInputProps('status')} />
          {reasonNeeded && (
            <NativeSelect
              id={programFieldId('statusReason')}
              label={values.status === 'cancelled' ? 'Why was it cancelled?' : 'Why was it postponed?'}
              description="Time, funding and staff count as resource disruptions in partnership health"
              data={withChoose(STATUS_REASON_OPTIONS, values.statusReason, 'Choose a reason')}
              {...form.getInputProps('statusReason')}
            />
          )}
        </SimpleGrid>
        <Textarea
          id={programFieldId('statusNote')}
          label="Note about the status (optional)"
          description={reasonNeeded ? 'What happened, and what was agreed with the partners' : 'Anything worth knowing about where the program stands'}
          rows={2}
          resize="vertical"
          {...form.getInputProps('statusNote')}
        />
      </Stack>
    </Fieldset>
  );
}

export function ProgramAudienceSection({ form }: { form: ProgramFormApi }) {
  const { values } = form;
  return (
    <Fieldset legend={<SectionLegend>Audience</SectionLegend>} variant="unstyled">
      <Stack gap="md">
        <Radio.Group
          label="Who is it for?"
          value={values.audienceScope}
          onChange={(value) => form.setFieldValue('audienceScope', value)}
          error={form.errors.audienceScope}
        >
          <Group gap="lg" mt={6}>
            <Radio id={programFieldId('audienceScope')} value="whole-community" label="The whole community" />
            <Radio value="specific-groups" label="Specific groups" />
          </Group>
        </Radio.Group>
        {values.audienceScope === 'specific-groups' && (
          <VocabChips
            id={programFieldId('targetGroups')}
            label="Target groups"
            description="Sessions then record whether the audience matched"
            options={TARGET_GROUP_OPTIONS}
            value={values.targetGroups}
            onChange={(value) => form.setFieldValue('targetGroups', value)}
            error={form.errors.targetGroups}
          />
        )}
        <VocabChips
          id={programFieldId('ageBands')}
          label="Age bands (optional)"
          description="The ages the program is meant for"
          options={AGE_BAND_OPTIONS}
          value={values.ageBands}
          onChange={(value) => form.setFieldValue('ageBands', value)}
          error={form.errors.ageBands}
        />
      </Stack>
    </Fieldset>
  );
}

export function ProgramPurposeSection({ form }: { form: ProgramFormApi }) {
  const { values } = form;
  return (
    <Fieldset legend={<SectionLegend>Purpose (NILPPA)</SectionLegend>} variant="unstyled">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            id={programFieldId('primaryOutcome')}
            label="Main intended outcome"
            description="What the program mainly sets out to change"
            data={withChoose(PRIMARY_OUTCOME_OPTIONS, values.primaryOutcome, 'Choose an outcome')}
            {...form.getInputProps('primaryOutcome')}
          />
          <NativeSelect
            id={programFieldId('developmentModel')}
            label="Developed"
            description="Who designed the program"
            data={withChoose(DEVELOPMENT_MODEL_OPTIONS, values.developmentModel, 'Choose who developed it')}
            {...form.getInputProps('developmentModel')}
          />
        </SimpleGrid>
        <VocabChips
          id={programFieldId('impactAreas')}
          label="Impact areas (optional)"
          description="The kinds of community the program helps build"
          options={IMPACT_AREA_OPTIONS}
          value={values.impactAreas}
          onChange={(value) => form.setFieldValue('impactAreas', value)}
          error={form.errors.impactAreas}
        />
      </Stack>
    </Fieldset>
  );
}

/** New programs only: the partners and their roles, created with the program (more can be added on its page). */
export function ProgramRolesSection({ form }: { form: ProgramFormApi }) {
  const rows = form.values.roles;
  return (
    <Fieldset legend={<SectionLegend>Partners and their roles (optional)</SectionLegend>} variant="unstyled">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Who does what. You can add people, responsibilities and more roles later on the program’s page.
        </Text>
        {rows.map((row, index) => (
          <Paper key={row.key} withBorder p="sm" component="fieldset" style={{ margin: 0 }} aria-label={`Partner ${index + 1}`}>
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <PartnerSelect
                  id={roleFieldId(index, 'partnerId')}
                  label={`Partner ${index + 1}`}
                  value={row.partnerId}
                  valueName={row.partnerName || undefined}
                  onChange={(partner) => {
                    form.setFieldValue(`roles.${index}.partnerId`, partner?.id ?? '');
                    form.setFieldValue(`roles.${index}.partnerName`, partner?.name ?? '');
                  }}
                  error={form.errors[`roles.${index}.partnerId`]}
                />
                <NativeSelect
                  id={roleFieldId(index, 'role')}
                  label={`Role of partner ${index + 1}`}
                  data={withChoose(PROGRAM_ROLE_OPTIONS, row.role, 'Choose a role')}
                  {...form.getInputProps(`roles.${index}.role`)}
                />
              </SimpleGrid>
              <TextInput
                id={roleFieldId(index, 'responsibilities')}
                label={`Responsibilities of partner ${index + 1} (optional)`}
                {...form.getInputProps(`roles.${index}.responsibilities`)}
              />
              <Group justify="flex-end">
                <Button variant="subtle" color="red" size="xs" onClick={() => form.removeListItem('roles', index)}>
                  Remove partner {index + 1}
                </Button>
              </Group>
            </Stack>
          </Paper>
        ))}
        {form.errors.roles && (
          <Text size="sm" c="var(--mantine-color-error)">
            {form.errors.roles}
          </Text>
        )}
        {rows.length < ROLES_ON_CREATE_MAX && (
          <Group>
            <Button id="program-roles-add" variant="default" onClick={() => form.insertListItem('roles', emptyRoleRow())}>
              {rows.length === 0 ? 'Add a partner' : 'Add another partner'}
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}

/** The admin checklist: the date each item was done, with "Done today" for the usual case. */
export function ProgramChecklistSection({ form }: { form: ProgramFormApi }) {
  const today = todayCalendarDay();
  return (
    <Fieldset legend={<SectionLegend>Admin checklist</SectionLegend>} variant="unstyled">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Enter the date each item was done; leave it empty while it is still to do.
        </Text>
        {CHECKLIST.map(({ key, item }) => {
          const label = ADMIN_CHECKLIST_ITEMS.labels[item];
          const value = form.values.checklist[key];
          return (
            <Group key={key} align="flex-end" gap="sm" wrap="wrap">
              <TextInput id={programFieldId(`checklist.${key}`)} type="date" label={label} w={{ base: '100%', xs: 220 }} {...form.getInputProps(`checklist.${key}`)} />
              {value === '' ? (
                <Button variant="default" onClick={() => form.setFieldValue(`checklist.${key}`, today)} aria-label={`Mark “${label}” done today`}>
                  Done today
                </Button>
              ) : (
                <Button variant="subtle" onClick={() => form.setFieldValue(`checklist.${key}`, '')} aria-label={`Mark “${label}” not done`}>
                  Clear
                </Button>
              )}
            </Group>
          );
        })}
      </Stack>
    </Fieldset>
  );
}

export function ProgramAfterwardsSection({ form }: { form: ProgramFormApi }) {
  return (
    <Fieldset legend={<SectionLegend>Credit and follow-through</SectionLegend>} variant="unstyled">
      <Stack gap="md">
        <Checkbox
          id={programFieldId('partnerCredited')}
          label="The partners were credited in the promotion"
          {...form.getInputProps('partnerCredited', { type: 'checkbox' })}
        />
        <TextInput
          id={programFieldId('outcomeSummarySharedOn')}
          type="date"
          label="Outcome summary shared with the partners on (optional)"
          w={{ base: '100%', xs: 320 }}
          {...form.getInputProps('outcomeSummarySharedOn')}
        />
      </Stack>
    </Fieldset>
  );
}
