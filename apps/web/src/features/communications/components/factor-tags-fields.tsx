import { FACTOR_TAG_SIGNS, FACTORS, type Factor, type FactorTagSign } from '@common-ground/domain';
import { Button, Input, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { memo, useId, type ReactNode } from 'react';
import type { FactorTagValue } from '../quick-log-values';

interface FactorTagsFieldsProps {
  /** Prefix of the field ids (see quickLogFields). */
  idPrefix: string;
  opened: boolean;
  onToggle: () => void;
  value: Record<Factor, FactorTagValue>;
  onChange: (factor: Factor, value: FactorTagValue) => void;
  errors: Record<string, ReactNode>;
}

const SIGN_OPTIONS = [{ value: '', label: 'Not tagged' }, ...FACTOR_TAG_SIGNS.keys.map((sign) => ({ value: sign, label: FACTOR_TAG_SIGNS.labels[sign] }))];

/**
 * Optional evidence for the health model: was this conversation a sign of good or poor teamwork, communication…?
 * Folded away by default so a quick log stays quick; the button says how many are tagged.
 */
export const FactorTagsFields = memo(function FactorTagsFields({ idPrefix, opened, onToggle, value, onChange, errors }: FactorTagsFieldsProps) {
  const panelId = useId();
  const tagged = FACTORS.keys.filter((factor) => value[factor].sign !== '').length;
  const groupError = errors.factorTags;
  return (
    <Stack gap="xs">
      <div>
        <Button
          id={`${idPrefix}-factor-tags`}
          variant="subtle"
          px={4}
          aria-expanded={opened}
          aria-controls={panelId}
          onClick={onToggle}
        >
          {opened ? 'Hide factor tags' : 'Add factor tags'} (optional{tagged > 0 ? `, ${tagged} tagged` : ''})
        </Button>
        {typeof groupError === 'string' && groupError !== '' && <Input.Error mt={4}>{groupError}</Input.Error>}
      </div>
      {opened && (
        <Stack gap="md" id={panelId}>
          <Text size="sm" c="dimmed">
            Was this conversation a sign of how the partnership is going? Tag the factors it showed, good or poor.
          </Text>
          {FACTORS.keys.map((factor) => (
            <FactorTagField
              key={factor}
              id={`${idPrefix}-factor-${factor}`}
              factor={factor}
              value={value[factor]}
              onChange={(next) => onChange(factor, next)}
              signError={errors[`factorTags.${factor}.sign`]}
              noteError={errors[`factorTags.${factor}.note`]}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
});

interface FactorTagFieldProps {
  id: string;
  factor: Factor;
  value: FactorTagValue;
  onChange: (value: FactorTagValue) => void;
  signError: ReactNode;
  noteError: ReactNode;
}

function FactorTagField({ id, factor, value, onChange, signError, noteError }: FactorTagFieldProps) {
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId}>
      <Text id={labelId} size="sm" fw={600} mb={4}>
        {FACTORS.labels[factor]}
      </Text>
      {/* Focus target for the error summary: the choice itself has generated ids. */}
      <div id={id} tabIndex={-1}>
        <SegmentedControl
          fullWidth
          data={SIGN_OPTIONS}
          value={value.sign}
          onChange={(sign) => onChange({ ...value, sign: sign as '' | FactorTagSign })}
          aria-label={`${FACTORS.labels[factor]}: tag`}
        />
      </div>
      {signError && <Input.Error mt={4}>{signError}</Input.Error>}
      {value.sign !== '' && (
        <TextInput
          id={`${id}-note`}
          mt="xs"
          label="Note (optional)"
          placeholder="What showed it? For example: they raised the budget problem early"
          value={value.note}
          onChange={(event) => onChange({ ...value, note: event.currentTarget.value })}
          error={noteError}
        />
      )}
    </div>
  );
}
