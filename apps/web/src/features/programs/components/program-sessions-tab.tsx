import { Alert, Button, Group, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { ConfirmArchiveModal } from '../../../components/ui/confirm-archive-modal';
import { ErrorSummary, type ErrorSummaryItem } from '../../../components/ui/error-summary';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { notifySuccess } from '../../../components/ui/notify';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { UnsavedChangesGuard } from '../../../components/ui/unsaved-changes-guard';
import { formatDay } from '../../../lib/calendar-day';
import { ProblemError, toProblemError } from '../../../lib/problem-error';
import { useMayArchive } from '../../partners/hooks/use-may-archive';
import { SESSIONS_READ_MAX, programSessionsQueryOptions } from '../api/programs-queries';
import type { Program, ProgramSession } from '../api/types';
import { useArchiveSession, useSaveSessionGrid } from '../api/use-session-mutations';
import { AGE_BAND_SHORT, ATTENDANCE_BANDS, SESSION_FORMAT_OPTIONS, formatCount, plural } from '../program-labels';
import {
  GRID_ROWS_MAX,
  baselineOf,
  gridTotals,
  isGridChanged,
  mergeLatest,
  nextRow,
  placeGridProblems,
  rowToPayload,
  rowsToSend,
  sessionToRow,
  validateGrid,
  weeklySeries,
  type GridErrors,
  type GridRow,
} from '../session-grid';
import { COLUMN_LABELS, SessionCard, SessionTableRow, cellId, moveWithArrows, type RowPatch } from './session-grid-rows';
import classes from './session-grid.module.css';

const SERIES_MAX = 52;

/** "Sessions & attendance": the program's sessions as one grid, saved in one go. */
export function ProgramSessionsTab({ program }: { program: Program }) {
  const sessions = useQuery(programSessionsQueryOptions(program.id));
  if (sessions.isPending) return <ListSkeleton label="Loading sessions" rows={4} />;
  if (sessions.isError) {
    return <ProblemAlert problem={toProblemError(sessions.error)} title="Sessions didn't load" onRetry={() => void sessions.refetch()} />;
  }
  return <SessionGrid program={program} sessions={sessions.data.items} total={sessions.data.total} />;
}

interface SessionGridProps {
  program: Program;
  sessions: ProgramSession[];
  total: number;
}

/** "14:00 on Tue 3 Mar 2026" for a message about one row. */
function rowWords(row: GridRow, index: number): string {
  const when = row.date ? ` (${formatDay(row.date)}${row.time ? `, ${row.time}` : ''})` : '';
  return `session ${index + 1}${when}`;
}

function SessionGrid({ program, sessions, total }: SessionGridProps) {
  const headingId = useId();
  const queryClient = useQueryClient();
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const save = useSaveSessionGrid(program.id);
  const archive = useArchiveSession(program.id);
  const mayArchive = useMayArchive();
  const readOnly = program.archivedAt !== null;

  const [rows, setRows] = useState<GridRow[]>(() => sessions.map(sessionToRow));
  const [baseline, setBaseline] = useState(() => baselineOf(sessions));
  const [errors, setErrors] = useState<GridErrors>(new Map());
  const [staleKeys, setStaleKeys] = useState<string[]>([]);
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const [reloadNote, setReloadNote] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const [reloading, setReloading] = useState(false);
  const [archiving, setArchiving] = useState<GridRow | null>(null);
  const dirty = isGridChanged(rows, baseline);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  const reset = useCallback((latest: ProgramSession[]) => {
    setRows(latest.map(sessionToRow));
    setBaseline(baselineOf(latest));
    setErrors(new Map());
    setStaleKeys([]);
    setProblem(null);
  }, []);

  // Someone else's change (or an archive) arrives while nothing is typed here: show it. Typed work is never replaced.
  useEffect(() => {
    if (!dirtyRef.current) reset(sessions);
  }, [sessions, reset]);

  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem || reloadNote) alertRef.current?.focus();
  }, [problem, reloadNote, attempts]);

  const onChange = useCallback((key: string, patch: RowPatch) => {
    setRows((current) =>
      current.map((row) => (row.key === key ? { ...row, ...patch, attendance: { ...row.attendance, ...patch.attendance } } : row)),
    );
    // The cell being corrected loses its message; the others keep theirs until the next save.
    setErrors((current) => {
      const rowErrors = current.get(key);
      if (!rowErrors) return current;
      const changed = [...Object.keys(patch).filter((column) => column !== 'attendance'), ...Object.keys(patch.attendance ?? {})];
      const next = new Map(current);
      const remaining = Object.fromEntries(Object.entries(rowErrors).filter(([column]) => !changed.includes(column) && !(column === 'row' && changed.includes('date'))));
      if (Object.keys(remaining).length) next.set(key, remaining);
      else next.delete(key);
      return next;
    });
  }, []);

  const onRemove = useCallback((key: string) => setRows((current) => current.filter((row) => row.key !== key)), []);
  const onArchive = useCallback((row: GridRow) => setArchiving(row), []);

  const addRows = (added: GridRow[]) => {
    setRows((current) => [...current, ...added]);
    // Start typing in the first new session's first count.
    const first = added[0];
    if (first) requestAnimationFrame(() => document.getElementById(cellId(first.key, first.time ? 'age-0-5' : 'time'))?.focus());
  };

  const totals = gridTotals(rows);
  const indexOf = useMemo(() => new Map(rows.map((row, index) => [row.key, index])), [rows]);

  const summary: ErrorSummaryItem[] = rows.flatMap((row, index) =>
    Object.entries(errors.get(row.key) ?? {}).map(([column, message]) => ({
      fieldId: cellId(row.key, column as keyof typeof COLUMN_LABELS),
      message: `Session ${index + 1}${column === 'row' ? '' : `, ${COLUMN_LABELS[column as keyof typeof COLUMN_LABELS].toLowerCase()}`}: ${message}`,
    })),
  );

  const handleSave = () => {
    setProblem(null);
    setReloadNote(null);
    const found = validateGrid(rows, program);
    setErrors(found);
    if (found.size > 0) {
      setAttempts((count) => count + 1);
      return;
    }
    const sent = rowsToSend(rows, baseline);
    if (sent.length > GRID_ROWS_MAX) {
      setProblem(new ProblemError({ type: 'about:blank', title: 'Too many sessions at once', status: 400, detail: `Save at most ${GRID_ROWS_MAX} new or changed sessions at a time.` }));
      return;
    }
    save.mutate(
      { sessions: sent.map((row) => rowToPayload(row, baseline)) },
      {
        onSuccess: (saved) => {
          reset(saved.items);
          notifySuccess(`Sessions saved: ${plural(saved.total, 'session')}`);
        },
        onError: (error) => {
          const refused = toProblemError(error);
          const placed = placeGridProblems(refused, sent);
          if (refused.isConflict) {
            setStaleKeys(placed.staleKeys);
            setProblem(refused);
          } else {
            setErrors(placed.errors);
            if (refused.fieldErrors.length === 0 || placed.unplaced.length > 0) {
              setProblem(placed.unplaced.length ? new ProblemError({ ...refused.problem, detail: placed.unplaced.join(' ') }) : refused);
            }
          }
          setAttempts((count) => count + 1);
        },
      },
    );
  };

  const reload = async () => {
    setReloading(true);
    try {
      const latest = await queryClient.fetchQuery({ ...programSessionsQueryOptions(program.id), staleTime: 0 });
      const merged = mergeLatest(rows, latest.items, staleKeys);
      const replacedNames = merged.replaced.map((key) => `session ${(merged.rows.findIndex((row) => row.key === key) ?? 0) + 1}`);
      setRows(merged.rows);
      setBaseline(baselineOf(latest.items));
      setErrors(new Map());
      setStaleKeys([]);
      setProblem(null);
      setReloadNote(
        [
          'Loaded the latest sessions.',
          replacedNames.length ? `${capitalise(joinWords(replacedNames))} now ${replacedNames.length === 1 ? 'shows' : 'show'} what someone else saved: enter your change again if it is still needed.` : '',
          merged.removed ? `${plural(merged.removed, 'session')} archived by someone else ${merged.removed === 1 ? 'has' : 'have'} left the grid.` : '',
          'Your other changes are still in the grid: save to keep them.',
        ]
          .filter(Boolean)
          .join(' '),
      );
    } catch (error) {
      setProblem(toProblemError(error));
    } finally {
      setReloading(false);
    }
  };

  const discard = () => {
    reset(sessions);
    setReloadNote(null);
  };

  const staleNames = staleKeys.flatMap((key) => {
    const index = indexOf.get(key);
    const row = index === undefined ? undefined : rows[index];
    return row && index !== undefined ? [rowWords(row, index)] : [];
  });

  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Title order={2} id={headingId}>
          Sessions & attendance
        </Title>
        <Text size="sm" c="dimmed">
          {plural(rows.length, 'session')} · {plural(totals.attendance, 'attendee')}
          {totals.recordedViews > 0 ? ` · ${formatCount(totals.recordedViews)} recorded views` : ''}
        </Text>
      </Group>
      {readOnly ? (
        <Text size="sm" c="dimmed">
          This program is archived: restore it to change its sessions.
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          Type the attendance of each session by age band; Tab moves across, the up and down arrows move between
          sessions. Empty counts are saved as 0. Nothing is saved until you press “Save sessions”.
        </Text>
      )}
      {total > sessions.length && (
        <Alert color="yellow" variant="light" title="Only the first sessions are shown">
          This program has {formatCount(total)} sessions; the grid shows the first {formatCount(SESSIONS_READ_MAX)}.
        </Alert>
      )}

      <div ref={alertRef} tabIndex={-1} style={{ outline: 'none' }}>
        {problem && problem.isConflict ? (
          <Alert color="red" variant="light" title="Someone else saved a change first" role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{problem.detail}</Text>
              {staleNames.length > 0 && <Text size="sm">Changed by someone else: {joinWords(staleNames)}.</Text>}
              <Button size="xs" variant="default" onClick={() => void reload()} loading={reloading}>
                Reload the latest sessions
              </Button>
            </Stack>
          </Alert>
        ) : problem ? (
          <ProblemAlert problem={problem} title="The sessions weren't saved" onClose={() => setProblem(null)} />
        ) : reloadNote ? (
          <Alert color="blue" variant="light" title="Loaded the latest version" role="status" withCloseButton closeButtonLabel="Dismiss" onClose={() => setReloadNote(null)}>
            <Text size="sm">{reloadNote}</Text>
          </Alert>
        ) : null}
      </div>
      <ErrorSummary errors={summary} focusKey={attempts} />

      {rows.length === 0 ? (
        <Text c="dimmed">No sessions yet — add the first session, or a weekly series.</Text>
      ) : isPhone ? (
        <Stack component="ol" gap="sm" p={0} m={0} aria-labelledby={headingId} style={{ listStyle: 'none' }}>
          {rows.map((row, index) => (
            <SessionCard
              key={row.key}
              row={row}
              index={index}
              errors={errors.get(row.key)}
              stale={staleKeys.includes(row.key)}
              disabled={readOnly}
              mayArchive={mayArchive({ createdBy: row.createdBy ?? null })}
              onChange={onChange}
              onRemove={onRemove}
              onArchive={onArchive}
            />
          ))}
        </Stack>
      ) : (
        // Positioned, so the grid's absolutely placed labels scroll inside it instead of widening the page.
        <div style={{ overflowX: 'auto', position: 'relative' }}>
          <table className={classes.table} aria-labelledby={headingId} onKeyDown={moveWithArrows}>
            <thead>
              <tr>
                <th scope="col">
                  <span aria-hidden="true">#</span>
                  <VisuallyHidden>Session</VisuallyHidden>
                </th>
                <th scope="col">Date</th>
                <th scope="col">Start time</th>
                <th scope="col">Format</th>
                {ATTENDANCE_BANDS.map((band) => (
                  <th key={band} scope="col" className={classes.number} abbr={COLUMN_LABELS[band]} title={COLUMN_LABELS[band]}>
                    {AGE_BAND_SHORT[band]}
                  </th>
                ))}
                <th scope="col" className={classes.number}>
                  Total
                </th>
                <th scope="col">Recorded views</th>
                <th scope="col">Audience matched</th>
                <th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <SessionTableRow
                  key={row.key}
                  row={row}
                  index={index}
                  errors={errors.get(row.key)}
                  stale={staleKeys.includes(row.key)}
                  disabled={readOnly}
                  mayArchive={mayArchive({ createdBy: row.createdBy ?? null })}
                  onChange={onChange}
                  onRemove={onRemove}
                  onArchive={onArchive}
                />
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={4} style={{ textAlign: 'left' }}>
                  Totals
                </th>
                {ATTENDANCE_BANDS.map((band) => (
                  <td key={band} className={classes.number} aria-label={`Total, ${COLUMN_LABELS[band]}`}>
                    {formatCount(totals.bands[band])}
                  </td>
                ))}
                <td className={classes.number} aria-label="Total attendance">
                  {formatCount(totals.attendance)}
                </td>
                <td className={classes.number} aria-label="Total recorded views">
                  {formatCount(totals.recordedViews)}
                </td>
                <td colSpan={2} />
              </tr>
            </tfoot>
          </table>
        </div>
      )}

      {isPhone && rows.length > 0 && (
        <Paper withBorder p="sm" aria-label="Totals">
          <Text fw={700} mb={4}>
            Totals
          </Text>
          <SimpleGrid cols={2} spacing={4}>
            {ATTENDANCE_BANDS.map((band) => (
              <Text key={band} size="sm">
                {COLUMN_LABELS[band]}: {formatCount(totals.bands[band])}
              </Text>
            ))}
            <Text size="sm" fw={700}>
              All ages: {formatCount(totals.attendance)}
            </Text>
            {totals.recordedViews > 0 && <Text size="sm">Recorded views: {formatCount(totals.recordedViews)}</Text>}
          </SimpleGrid>
        </Paper>
      )}

      {!readOnly && (
        <>
          <AddSessions program={program} rows={rows} onAdd={addRows} />
          <Group gap="sm">
            <Button onClick={handleSave} loading={save.isPending} disabled={!dirty}>
              Save sessions
            </Button>
            {dirty && (
              <Button variant="default" onClick={discard}>
                Discard changes
              </Button>
            )}
            {!dirty && rows.length > 0 && (
              <Text size="sm" c="dimmed">
                All changes saved.
              </Text>
            )}
          </Group>
        </>
      )}

      {dirty && <UnsavedChangesGuard />}
      <ConfirmArchiveModal
        opened={archiving !== null}
        title="Archive this session?"
        confirmLabel="Archive session"
        pending={archive.isPending}
        error={archive.error}
        onReload={() => {
          archive.reset();
          setArchiving(null);
          void reload();
        }}
        onConfirm={() => {
          if (!archiving?.id || archiving.version === undefined) return;
          const key = archiving.key;
          archive.mutate(
            { id: archiving.id, version: archiving.version },
            {
              onSuccess: () => {
                // Only this row leaves; anything typed in the others stays.
                setRows((current) => current.filter((row) => row.key !== key));
                setBaseline((current) => {
                  const next = new Map(current);
                  next.delete(key);
                  return next;
                });
                notifySuccess('Session archived');
                archive.reset();
                setArchiving(null);
              },
            },
          );
        }}
        onClose={() => {
          archive.reset();
          setArchiving(null);
        }}
      >
        {archiving ? `The session on ${archiving.date ? formatDay(archiving.date) : 'its day'} will leave the grid and the program’s totals.` : ''}
      </ConfirmArchiveModal>
    </Stack>
  );
}

/** "Add a session" and "Add a weekly series of N", each filled from the sessions before it. */
function AddSessions({ program, rows, onAdd }: { program: Program; rows: GridRow[]; onAdd: (rows: GridRow[]) => void }) {
  const [seriesOpen, setSeriesOpen] = useState(false);
  const template = nextRow(rows, program);
  const [first, setFirst] = useState(template.date);
  const [time, setTime] = useState(template.time);
  const [format, setFormat] = useState(template.format);
  const [count, setCount] = useState<number | string>(4);
  const [problem, setProblem] = useState<string | null>(null);
  const formId = useId();

  const openSeries = () => {
    setFirst(template.date);
    setTime(template.time);
    setFormat(template.format);
    setProblem(null);
    setSeriesOpen(true);
  };

  const addSeries = () => {
    const sessions = typeof count === 'number' ? count : Number(count);
    if (!Number.isInteger(sessions) || sessions < 1 || sessions > SERIES_MAX) return setProblem(`Enter how many sessions, from 1 to ${SERIES_MAX}`);
    if (!first) return setProblem('Enter the date of the first session');
    onAdd(weeklySeries(first, sessions, { time, format }));
    setSeriesOpen(false);
  };

  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Button variant="default" onClick={() => onAdd([template])}>
          Add a session
        </Button>
        {!seriesOpen && (
          <Button variant="default" onClick={openSeries}>
            Add a weekly series
          </Button>
        )}
      </Group>
      {seriesOpen && (
        <Paper withBorder p="sm" component="fieldset" style={{ margin: 0 }} aria-labelledby={`${formId}-legend`}>
          <Text component="legend" id={`${formId}-legend`} fw={700} px={4}>
            A weekly series
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            <NumberInput
              label="How many sessions"
              min={1}
              max={SERIES_MAX}
              allowDecimal={false}
              allowNegative={false}
              value={count}
              onChange={setCount}
              error={problem?.startsWith('Enter how many') ? problem : undefined}
            />
            <TextInput
              type="date"
              label="First session"
              value={first}
              onChange={(event) => setFirst(event.currentTarget.value)}
              error={problem?.startsWith('Enter the date') ? problem : undefined}
            />
            <TextInput type="time" label="Start time" value={time} onChange={(event) => setTime(event.currentTarget.value)} />
            <NativeSelect label="Format" data={SESSION_FORMAT_OPTIONS} value={format} onChange={(event) => setFormat(event.currentTarget.value)} />
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt="xs">
            The program runs {formatDay(program.startsOn)} to {formatDay(program.endsOn)}; sessions outside those dates are
            pointed out before saving.
          </Text>
          <Group gap="sm" mt="sm">
            <Button onClick={addSeries}>Add {typeof count === 'number' && count > 0 ? plural(count, 'session') : 'sessions'}</Button>
            <Button variant="default" onClick={() => setSeriesOpen(false)}>
              Cancel
            </Button>
          </Group>
        </Paper>
      )}
    </Stack>
  );
}

function joinWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
