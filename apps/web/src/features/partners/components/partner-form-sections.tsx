import { Fieldset, NativeSelect, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { FOCUS_AREA_OPTIONS, IMPACT_AREA_OPTIONS, INTERACTION_TYPE_OPTIONS, PUBLIC_OPTIONS, STAGE_OPTIONS, TYPE_OPTIONS } from '../partner-labels';
import { fieldId, NAME_MAX, type PartnerFormValues } from '../partner-form-values';
import { VocabChips } from './vocab-chips';

export type PartnerForm = UseFormReturnType<PartnerFormValues>;

/** A section's legend, also a heading so screen reader users can jump between the form's parts (as GOV.UK does). */
export function SectionLegend({ children }: { children: ReactNode }) {
  return (
    <Title order={2} size="h3" mb="sm">
      {children}
    </Title>
  );
}

/** Who the partner is: the facts every partner has. */
export function PartnerBasicsSection({ form }: { form: PartnerForm }) {
  const typeOptions = form.values.type ? TYPE_OPTIONS : [{ value: '', label: 'Choose a type' }, ...TYPE_OPTIONS];
  return (
    <Fieldset legend={<SectionLegend>The organisation</SectionLegend>} variant="unstyled">
      <Stack gap="md">
        <TextInput
          id={fieldId('name')}
          label="Name"
          description="As the organisation writes it"
          maxLength={NAME_MAX + 50}
          autoComplete="off"
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            id={fieldId('type')}
            label="Type"
            description="The kind of organisation"
            data={typeOptions}
            {...form.getInputProps('type')}
          />
          <NativeSelect
            id={fieldId('stage')}
            label="Stage"
            description="Where the relationship is now"
            data={STAGE_OPTIONS}
            {...form.getInputProps('stage')}
          />
        </SimpleGrid>
        <TextInput
          id={fieldId('website')}
          label="Website (optional)"
          type="url"
          inputMode="url"
          placeholder="https://"
          autoComplete="off"
          spellCheck={false}
          {...form.getInputProps('website')}
        />
        <Textarea id={fieldId('address')} label="Address (optional)" rows={2} resize="vertical" {...form.getInputProps('address')} />
        <Textarea
          id={fieldId('description')}
          label="Description (optional)"
          description="What they do, and what the library does with them"
          // Not `autosize`: it needs document.fonts, which jsdom lacks; a taller box that can be resized does the job.
          rows={5}
          resize="vertical"
          {...form.getInputProps('description')}
        />
      </Stack>
    </Fieldset>
  );
}

/** What the partnership is about, in the shared vocabulary (so lists, reports and health can use it). */
export function PartnerWorkSection({ form }: { form: PartnerForm }) {
  const chipProps = (name: 'focusAreas' | 'publics' | 'interactionTypes' | 'impactAreas') => ({
    id: fieldId(name),
    value: form.values[name],
    onChange: (value: string[]) => form.setFieldValue(name, value),
    error: form.errors[name],
  });
  return (
    <Fieldset legend={<SectionLegend>The partnership</SectionLegend>} variant="unstyled">
      <Stack gap="lg">
        <VocabChips label="Focus areas" options={FOCUS_AREA_OPTIONS} {...chipProps('focusAreas')} />
        <VocabChips label="Publics served" options={PUBLIC_OPTIONS} {...chipProps('publics')} />
        <VocabChips
          label="Interaction types"
          description="How the library and the partner work together"
          options={INTERACTION_TYPE_OPTIONS}
          {...chipProps('interactionTypes')}
        />
        <VocabChips
          label="Impact areas"
          description="The community impacts the partnership works towards"
          options={IMPACT_AREA_OPTIONS}
          {...chipProps('impactAreas')}
        />
      </Stack>
    </Fieldset>
  );
}
