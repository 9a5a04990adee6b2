import { Chip, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface VocabChipsProps {
  /** Given to the first chip, so the error summary's link lands on the group (as GOV.UK does for checkboxes). */
  id: string;
  label: string;
  description?: string;
  options: { value: string; label: string }[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: ReactNode;
}

/**
 * A vocabulary as a group of chips (checkboxes underneath): every choice visible, one tap each, compact on a
 * phone. A fieldset and legend name the group for screen readers; an error is tied to it and shown below.
 */
export function VocabChips({ id, label, description, options, value, onChange, error }: VocabChipsProps) {
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;

  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <Text component="legend" size="sm" fw={600} p={0}>
        {label}
      </Text>
      {description && (
        <Text id={descriptionId} size="xs" c="dimmed" mb={6}>
          {description}
        </Text>
      )}
      <Chip.Group multiple value={value} onChange={onChange}>
        <Group gap={6} mt={description ? 0 : 6}>
          {options.map((option, index) => (
            <Chip key={option.value} value={option.value} id={index === 0 ? id : undefined} size="sm" variant="outline">
              {option.label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {error && (
        <Text id={errorId} size="xs" c="var(--mantine-color-error)" mt={6}>
          {error}
        </Text>
      )}
    </fieldset>
  );
}
