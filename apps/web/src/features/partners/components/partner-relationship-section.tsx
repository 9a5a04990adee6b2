import { COLLABORATION_LEVELS } from '@common-ground/domain';
import { Fieldset, NativeSelect, NumberInput, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import type { Me, Partner } from '../../../lib/api-types';
import { useStaffOptions } from '../hooks/use-staff-options';
import { CADENCE_MAX, CADENCE_MIN, fieldId, TAG_MAX, TAGS_MAX } from '../partner-form-values';
import { mayReassignLiaison } from '../partner-permissions';
import { SectionLegend, type PartnerForm } from './partner-form-sections';

const LEVEL_OPTIONS = [
  { value: '', label: 'Not set' },
  ...COLLABORATION_LEVELS.map(({ value, label, description }) => ({ value: String(value), label: `${value} · ${label}: ${description}` })),
];

interface RelationshipSectionProps {
  form: PartnerForm;
  me: Me;
  /** The partner being edited; undefined while adding one. */
  partner?: Partner;
}

/** Who looks after the relationship, how often to be in touch, how close it is, and free tags. */
export function PartnerRelationshipSection({ form, me, partner }: RelationshipSectionProps) {
  return (
    <Fieldset legend={<SectionLegend>The relationship</SectionLegend>} variant="unstyled">
      <Stack gap="md">
        <LiaisonField form={form} me={me} partner={partner} />
        <NumberInput
          id={fieldId('contactCadenceDays')}
          label="Contact cadence, in days"
          description="How often the library means to be in touch (30 is usual while active)"
          min={CADENCE_MIN}
          max={CADENCE_MAX}
          allowDecimal={false}
          allowNegative={false}
          w={{ base: '100%', xs: 240 }}
          {...form.getInputProps('contactCadenceDays')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            id={fieldId('collaborationLevelLibrary')}
            label="Level of collaboration, as the library sees it"
            data={LEVEL_OPTIONS}
            {...form.getInputProps('collaborationLevelLibrary')}
          />
          <NativeSelect
            id={fieldId('collaborationLevelPartner')}
            label="Level of collaboration, as the partner sees it"
            data={LEVEL_OPTIONS}
            {...form.getInputProps('collaborationLevelPartner')}
          />
        </SimpleGrid>
        <TagsInput
          id={fieldId('tags')}
          label="Tags (optional)"
          description={`Press Enter or type a comma after each tag. Up to ${TAGS_MAX} tags of ${TAG_MAX} characters.`}
          maxTags={TAGS_MAX}
          splitChars={[',']}
          clearable
          clearButtonProps={{ 'aria-label': 'Remove all tags' }}
          {...form.getInputProps('tags')}
        />
      </Stack>
    </Fieldset>
  );
}

/**
 * Managers and administrators choose any active colleague; librarians add partners as their own and cannot
 * reassign them (DOMAIN.md: reassigning liaisons is a manager's job).
 */
function LiaisonField({ form, me, partner }: RelationshipSectionProps) {
  const staff = useStaffOptions(me);
  const current = partner?.liaison ?? null;
  const id = fieldId('liaisonId');
  const inputProps = form.getInputProps('liaisonId');

  if (!mayReassignLiaison(me) && (partner || !staff.available)) {
    const name = partner ? (current?.name ?? 'No liaison') : me.name;
    return (
      <TextInput
        id={id}
        label="Liaison"
        value={name}
        readOnly
        variant="filled"
        description={
          partner ? 'Only a manager or an administrator can reassign the liaison.' : 'You will be the liaison for this partner. A manager can reassign it later.'
        }
        error={inputProps.error}
      />
    );
  }

  const options = staff.available ? [...staff.options] : [];
  if (!options.some((option) => option.value === me.id)) options.unshift({ value: me.id, label: `${me.name} (me)` });
  if (current && !options.some((option) => option.value === current.id)) {
    options.push({ value: current.id, label: staff.available ? `${current.name} (no longer active)` : current.name });
  }
  return (
    <NativeSelect
      id={id}
      label="Liaison"
      description={
        staff.available
          ? 'The staff member who looks after this relationship'
          : 'The staff list could not be loaded: you can choose yourself or no one for now.'
      }
      data={[{ value: '', label: staff.isPending ? 'Loading staff…' : 'No liaison' }, ...options]}
      {...inputProps}
    />
  );
}
