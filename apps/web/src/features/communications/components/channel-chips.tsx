import { CHANNELS, type Channel } from '@common-ground/domain';
import { Chip, Group, Input } from '@mantine/core';
import { memo, useId, type ReactNode } from 'react';

interface ChannelChipsProps {
  /** The id of the first choice, so the error summary can move focus to the group. */
  id: string;
  value: Channel;
  onChange: (channel: Channel) => void;
  error?: ReactNode;
}

/** How the conversation happened: six choices one tap each, wrapping on a phone; arrow keys move between them. */
export const ChannelChips = memo(function ChannelChips({ id, value, onChange, error }: ChannelChipsProps) {
  const labelId = useId();
  const errorId = useId();
  const name = useId();
  return (
    <Input.Wrapper label="Channel" labelElement="div" error={error} errorProps={{ id: errorId }} labelProps={{ id: labelId }}>
      <Chip.Group value={value} onChange={(next) => CHANNELS.has(next) && onChange(next)}>
        <Group gap={8} mt={4} role="radiogroup" aria-labelledby={labelId} aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
          {CHANNELS.keys.map((channel, index) => (
            <Chip key={channel} value={channel} name={name} id={index === 0 ? id : undefined} size="md">
              {CHANNELS.labels[channel]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Input.Wrapper>
  );
});
