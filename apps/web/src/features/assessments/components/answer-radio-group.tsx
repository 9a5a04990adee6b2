import { Group, Radio } from '@mantine/core';
import { memo, type ReactNode } from 'react';
import { DONT_KNOW } from '../assessment-form-values';

interface AnswerRadioGroupProps {
  /** The form path of the answer ("answers.SA1"), passed back to onAnswer. */
  path: string;
  /** The id of the first option, which the error summary focuses. */
  firstId: string;
  label: ReactNode;
  scale: { value: number; label: string }[];
  value: string;
  error?: ReactNode;
  /** Stable across renders, so only the statement that changed re-renders (28 groups of six radios on a phone). */
  onAnswer: (path: string, value: string) => void;
  required?: boolean;
}

/** One statement: the five steps of the scale and “Don’t know”, wrapping onto several lines on a phone. */
export const AnswerRadioGroup = memo(function AnswerRadioGroup({ path, firstId, label, scale, value, error, onAnswer, required = false }: AnswerRadioGroupProps) {
  return (
    <Radio.Group
      label={label}
      value={value}
      onChange={(choice) => onAnswer(path, choice)}
      error={error}
      withAsterisk={required}
      styles={{ label: { fontWeight: 500 } }}
    >
      <Group gap="sm" mt="xs" wrap="wrap">
        {scale.map((step, index) => (
          <Radio key={step.value} id={index === 0 ? firstId : undefined} value={String(step.value)} label={step.label} />
        ))}
        <Radio value={DONT_KNOW} label="Don’t know" />
      </Group>
    </Radio.Group>
  );
});
