import { AGE_BANDS, type AgeBand } from '@common-ground/domain';
import { Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { memo, type KeyboardEvent } from 'react';
import { formatDay } from '../../../lib/calendar-day';
import { ATTENDANCE_BANDS, SESSION_FORMAT_OPTIONS, formatCount } from '../program-labels';
import { rowTotal, type GridColumn, type GridRow, type MatchedValue } from '../session-grid';
import classes from './session-grid.module.css';

export const cellId = (rowKey: string, column: GridColumn): string => `session-${rowKey}-${column === 'row' ? 'date' : column}`;

export const COLUMN_LABELS: Record<Exclude<GridColumn, 'row'>, string> = {
  date: 'Date',
  time: 'Start time',
  format: 'Format',
  ...AGE_BANDS.labels,
  recordedViews: 'Recorded views (30 days)',
  audienceMatched: 'Audience matched the target',
};

const MATCHED_OPTIONS: { value: MatchedValue; label: string }[] = [
  { value: '', label: 'Not recorded' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

export type RowPatch = Partial<Omit<GridRow, 'attendance'>> & { attendance?: Partial<Record<AgeBand, string>> };

export interface GridRowProps {
  row: GridRow;
  index: number;
  errors: Partial<Record<GridColumn, string>> | undefined;
  stale: boolean;
  disabled: boolean;
  mayArchive: boolean;
  onChange: (key: string, patch: RowPatch) => void;
  onRemove: (key: string) => void;
  onArchive: (row: GridRow) => void;
}

/** "session 3": how each cell and button names its row for screen readers (the row header says the same). */
export function sessionName(index: number): string {
  return `session ${index + 1}`;
}

/** Arrow up and down move between sessions in the same column, as in a spreadsheet (number cells only). */
export function moveWithArrows(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
  const target = event.target as HTMLElement;
  const column = target.dataset.column;
  const index = Number(target.dataset.rowIndex);
  if (!column || Number.isNaN(index)) return;
  const next = event.currentTarget.querySelector<HTMLInputElement>(`[data-column="${column}"][data-row-index="${index + (event.key === 'ArrowDown' ? 1 : -1)}"]`);
  if (!next) return;
  event.preventDefault();
  next.focus();
  next.select();
}

function CountInput({ row, index, column, value, error, disabled, onChange, withLabel }: { row: GridRow; index: number; column: AgeBand | 'recordedViews'; value: string; error?: string; disabled: boolean; onChange: (value: string) => void; withLabel: boolean }) {
  return (
    <TextInput
      id={cellId(row.key, column)}
      label={withLabel ? COLUMN_LABELS[column] : undefined}
      aria-label={`${COLUMN_LABELS[column]}, ${sessionName(index)}`}
      className={withLabel ? undefined : classes.count}
      size={withLabel ? 'sm' : 'xs'}
      inputMode="numeric"
      autoComplete="off"
      placeholder="0"
      value={value}
      error={error}
      disabled={disabled}
      data-column={column}
      data-row-index={index}
      onFocus={(event) => event.currentTarget.select()}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}

function RowActions({ row, index, disabled, mayArchive, onRemove, onArchive, size }: Pick<GridRowProps, 'row' | 'index' | 'disabled' | 'mayArchive' | 'onRemove' | 'onArchive'> & { size: 'xs' | 'sm' }) {
  if (disabled) return null;
  if (!row.id) {
    return (
      <Button size={size} variant="subtle" color="red" onClick={() => onRemove(row.key)} aria-label={`Remove ${sessionName(index)}`}>
        Remove
      </Button>
    );
  }
  if (!mayArchive) return null;
  return (
    <Button size={size} variant="subtle" color="red" onClick={() => onArchive(row)} aria-label={`Archive ${sessionName(index)}`}>
      Archive
    </Button>
  );
}

/** One session as a table row: Tab moves across the cells; the total follows what is typed. */
export const SessionTableRow = memo(function SessionTableRow({ row, index, errors, stale, disabled, mayArchive, onChange, onRemove, onArchive }: GridRowProps) {
  const name = sessionName(index);
  return (
    <tr className={stale ? classes.stale : undefined} data-stale={stale || undefined}>
      <th scope="row" className={classes.rowTotal}>
        <Text size="sm" fw={700}>
          {index + 1}
        </Text>
      </th>
      <td>
        <TextInput
          id={cellId(row.key, 'date')}
          type="date"
          size="xs"
          aria-label={`Date, ${name}`}
          value={row.date}
          error={errors?.date ?? errors?.row}
          disabled={disabled}
          onChange={(event) => onChange(row.key, { date: event.currentTarget.value })}
          w={150}
        />
        {stale && (
          <Text size="xs" c="dimmed" mt={2}>
            Changed by someone else
          </Text>
        )}
      </td>
      <td>
        <TextInput
          id={cellId(row.key, 'time')}
          type="time"
          size="xs"
          aria-label={`Start time, ${name}`}
          value={row.time}
          error={errors?.time}
          disabled={disabled}
          onChange={(event) => onChange(row.key, { time: event.currentTarget.value })}
          w={110}
        />
      </td>
      <td>
        <NativeSelect
          id={cellId(row.key, 'format')}
          size="xs"
          aria-label={`Format, ${name}`}
          data={SESSION_FORMAT_OPTIONS}
          value={row.format}
          error={errors?.format}
          disabled={disabled}
          onChange={(event) => onChange(row.key, { format: event.currentTarget.value })}
          w={180}
        />
      </td>
      {ATTENDANCE_BANDS.map((band) => (
        <td key={band}>
          <CountInput
            row={row}
            index={index}
            column={band}
            value={row.attendance[band]}
            error={errors?.[band]}
            disabled={disabled}
            withLabel={false}
            onChange={(value) => onChange(row.key, { attendance: { [band]: value } })}
          />
        </td>
      ))}
      <td className={`${classes.number} ${classes.rowTotal}`} aria-label={`Total, ${name}`}>
        {formatCount(rowTotal(row))}
      </td>
      <td>
        {row.format === 'recorded' ? (
          <CountInput
            row={row}
            index={index}
            column="recordedViews"
            value={row.recordedViews}
            error={errors?.recordedViews}
            disabled={disabled}
            withLabel={false}
            onChange={(value) => onChange(row.key, { recordedViews: value })}
          />
        ) : (
          <Text size="xs" c="dimmed" pt={6} id={cellId(row.key, 'recordedViews')}>
            Recorded only
          </Text>
        )}
        {row.format !== 'recorded' && errors?.recordedViews && (
          <Text size="xs" c="var(--mantine-color-error)">
            {errors.recordedViews}
          </Text>
        )}
      </td>
      <td>
        <NativeSelect
          id={cellId(row.key, 'audienceMatched')}
          size="xs"
          aria-label={`Audience matched the target, ${name}`}
          data={MATCHED_OPTIONS}
          value={row.audienceMatched}
          error={errors?.audienceMatched}
          disabled={disabled}
          onChange={(event) => onChange(row.key, { audienceMatched: event.currentTarget.value as MatchedValue })}
          w={130}
        />
      </td>
      <td>
        <RowActions row={row} index={index} disabled={disabled} mayArchive={mayArchive} onRemove={onRemove} onArchive={onArchive} size="xs" />
      </td>
    </tr>
  );
});

/** One session as a card, for a phone: the same cells, with their labels, stacked for one hand. */
export const SessionCard = memo(function SessionCard({ row, index, errors, stale, disabled, mayArchive, onChange, onRemove, onArchive }: GridRowProps) {
  const name = sessionName(index);
  return (
    <Card component="li" withBorder padding="sm" className={classes.card} data-stale={stale || undefined} aria-label={`Session ${index + 1}`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text fw={700}>
            Session {index + 1}
            {row.date && (
              <Text span c="dimmed" fw={400}>
                {' '}
                · {formatDay(row.date)}
              </Text>
            )}
          </Text>
          <RowActions row={row} index={index} disabled={disabled} mayArchive={mayArchive} onRemove={onRemove} onArchive={onArchive} size="sm" />
        </Group>
        {stale && (
          <Text size="sm" c="dimmed">
            Changed by someone else
          </Text>
        )}
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            id={cellId(row.key, 'date')}
            type="date"
            label="Date"
            aria-label={`Date, ${name}`}
            value={row.date}
            error={errors?.date ?? errors?.row}
            disabled={disabled}
            onChange={(event) => onChange(row.key, { date: event.currentTarget.value })}
          />
          <TextInput
            id={cellId(row.key, 'time')}
            type="time"
            label="Start time"
            aria-label={`Start time, ${name}`}
            value={row.time}
            error={errors?.time}
            disabled={disabled}
            onChange={(event) => onChange(row.key, { time: event.currentTarget.value })}
          />
        </SimpleGrid>
        <NativeSelect
          id={cellId(row.key, 'format')}
          label="Format"
          aria-label={`Format, ${name}`}
          data={SESSION_FORMAT_OPTIONS}
          value={row.format}
          error={errors?.format}
          disabled={disabled}
          onChange={(event) => onChange(row.key, { format: event.currentTarget.value })}
        />
        <SimpleGrid cols={2} spacing="sm">
          {ATTENDANCE_BANDS.map((band) => (
            <CountInput
              key={band}
              row={row}
              index={index}
              column={band}
              value={row.attendance[band]}
              error={errors?.[band]}
              disabled={disabled}
              withLabel
              onChange={(value) => onChange(row.key, { attendance: { [band]: value } })}
            />
          ))}
          <div>
            <Text size="sm" fw={500}>
              Total
            </Text>
            <Text size="lg" fw={700} aria-label={`Total, ${name}`}>
              {formatCount(rowTotal(row))}
            </Text>
          </div>
        </SimpleGrid>
        {row.format === 'recorded' && (
          <CountInput
            row={row}
            index={index}
            column="recordedViews"
            value={row.recordedViews}
            error={errors?.recordedViews}
            disabled={disabled}
            withLabel
            onChange={(value) => onChange(row.key, { recordedViews: value })}
          />
        )}
        <NativeSelect
          id={cellId(row.key, 'audienceMatched')}
          label="Audience matched the target"
          aria-label={`Audience matched the target, ${name}`}
          data={MATCHED_OPTIONS}
          value={row.audienceMatched}
          error={errors?.audienceMatched}
          disabled={disabled}
          onChange={(event) => onChange(row.key, { audienceMatched: event.currentTarget.value as MatchedValue })}
        />
      </Stack>
    </Card>
  );
});

