import { FOLLOW_UPS_MAX, SIDES, type Side } from '@common-ground/domain';
import { Button, Group, Input, NativeSelect, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { memo, useId, type ReactNode } from 'react';
import type { FollowUpRow } from '../quick-log-values';

interface Option {
  value: string;
  label: string;
}

interface FollowUpRowsProps {
  idPrefix: string;
  rows: FollowUpRow[];
  onAdd: () => void;
  onRemove: (index: number) => void;
  onChange: (index: number, row: FollowUpRow) => void;
  staffOptions: Option[];
  contactOptions: Option[];
  partnerName: string | null;
  meId: string;
  errors: Record<string, ReactNode>;
}

const SIDE_OPTIONS = SIDES.keys.map((side) => ({ value: side, label: SIDES.labels[side] }));

/** What the conversation left each side to do: repeatable rows, none to start with. */
export const FollowUpRows = memo(function FollowUpRows({ idPrefix, rows, onAdd, onRemove, onChange, staffOptions, contactOptions, partnerName, meId, errors }: FollowUpRowsProps) {
  const headingId = useId();
  const listError = errors.followUps;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <div>
        <Title order={3} size="h5" id={headingId}>
          Follow-ups
        </Title>
        <Text size="sm" c="dimmed">
          Who promised to do what, and by when. Each one appears on the owner’s home page.
        </Text>
        {typeof listError === 'string' && listError !== '' && <Input.Error mt={4}>{listError}</Input.Error>}
      </div>
      {rows.map((row, index) => (
        <FollowUpRowFields
          key={row.key}
          id={(field) => `${idPrefix}-${row.key}-${field}`}
          number={index + 1}
          row={row}
          onChange={(next) => onChange(index, next)}
          onRemove={() => onRemove(index)}
          staffOptions={staffOptions}
          contactOptions={contactOptions}
          partnerName={partnerName}
          meId={meId}
          error={(field) => errors[`followUps.${index}.${field}`]}
        />
      ))}
      <div>
        <Button id={`${idPrefix}-follow-ups`} variant="default" onClick={onAdd} disabled={rows.length >= FOLLOW_UPS_MAX}>
          {rows.length === 0 ? 'Add a follow-up' : 'Add another follow-up'}
        </Button>
      </div>
    </Stack>
  );
});

interface FollowUpRowFieldsProps {
  id: (field: string) => string;
  number: number;
  row: FollowUpRow;
  onChange: (row: FollowUpRow) => void;
  onRemove: () => void;
  staffOptions: Option[];
  contactOptions: Option[];
  partnerName: string | null;
  meId: string;
  error: (field: string) => ReactNode;
}

function FollowUpRowFields({ id, number, row, onChange, onRemove, staffOptions, contactOptions, partnerName, meId, error }: FollowUpRowFieldsProps) {
  const legendId = useId();
  const ownerSideLabelId = useId();
  const partnerOwners = [{ value: '', label: partnerName ? `Anyone at ${partnerName}` : 'Anyone at the partner' }, ...contactOptions];
  const staffOwners = staffOptions.some((option) => option.value === row.ownerUserId) || !row.ownerUserId
    ? staffOptions
    : [{ value: row.ownerUserId, label: 'Me' }, ...staffOptions];
  const ownerError = error(row.ownerSide === 'library' ? 'ownerUserId' : 'ownerContactId');

  const setSide = (side: Side) =>
    onChange({ ...row, ownerSide: side, ownerUserId: side === 'library' ? row.ownerUserId || meId : row.ownerUserId, ownerContactId: '' });

  return (
    <Paper withBorder p="sm" role="group" aria-labelledby={legendId}>
      <Stack gap="sm">
        <Group justify="space-between" align="center" wrap="nowrap">
          <Text id={legendId} fw={600} size="sm">
            Follow-up {number}
          </Text>
          <Button variant="subtle" color="red" size="compact-sm" onClick={onRemove} aria-label={`Remove follow-up ${number}`}>
            Remove
          </Button>
        </Group>
        <TextInput
          id={id('description')}
          label="What needs doing"
          placeholder="For example: send the flyer draft"
          value={row.description}
          onChange={(event) => onChange({ ...row, description: event.currentTarget.value })}
          error={error('description')}
        />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <div>
            <Text id={ownerSideLabelId} size="sm" fw={500} mb={4}>
              Whose job
            </Text>
            <div id={id('owner-side')} tabIndex={-1}>
              <SegmentedControl
                fullWidth
                data={SIDE_OPTIONS}
                value={row.ownerSide}
                onChange={(side) => SIDES.has(side) && setSide(side)}
                aria-labelledby={ownerSideLabelId}
              />
            </div>
            {error('ownerSide') && <Input.Error mt={4}>{error('ownerSide')}</Input.Error>}
          </div>
          {row.ownerSide === 'library' ? (
            <NativeSelect
              id={id('owner')}
              label="Who"
              data={staffOwners}
              value={row.ownerUserId}
              onChange={(event) => onChange({ ...row, ownerUserId: event.currentTarget.value })}
              error={ownerError}
            />
          ) : (
            <NativeSelect
              id={id('owner')}
              label="Who"
              data={partnerOwners}
              value={row.ownerContactId}
              onChange={(event) => onChange({ ...row, ownerContactId: event.currentTarget.value })}
              error={ownerError}
            />
          )}
          <TextInput
            id={id('due')}
            type="date"
            label="Due"
            value={row.dueOn}
            onChange={(event) => onChange({ ...row, dueOn: event.currentTarget.value, dueTouched: true })}
            error={error('dueOn')}
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
