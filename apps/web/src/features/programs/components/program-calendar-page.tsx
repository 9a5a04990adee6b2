import { PROGRAM_STATUSES } from '@common-ground/domain';
import { Anchor, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { PageHeader } from '../../../components/ui/page-header';
import { formatDay, todayCalendarDay } from '../../../lib/calendar-day';
import { toProblemError } from '../../../lib/problem-error';
import { programCalendarQueryOptions } from '../api/programs-queries';
import type { ProgramCalendarDay, ProgramCalendarItem } from '../api/types';
import { formatTime } from '../program-labels';
import classes from './program-calendar.module.css';
import { ProgramsPageActions } from './programs-view-switch';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const WEEKDAYS = [
  { short: 'Mon', long: 'Monday' },
  { short: 'Tue', long: 'Tuesday' },
  { short: 'Wed', long: 'Wednesday' },
  { short: 'Thu', long: 'Thursday' },
  { short: 'Fri', long: 'Friday' },
  { short: 'Sat', long: 'Saturday' },
  { short: 'Sun', long: 'Sunday' },
];
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' });

/** 'YYYY-MM' of today, in the library's time zone. */
export function currentMonth(now: Date = new Date()): string {
  return todayCalendarDay(now).slice(0, 7);
}

/** The month `months` after (or before) `month`. */
export function shiftMonth(month: string, months: number): string {
  const [year = 0, index = 1] = month.split('-').map(Number);
  const date = new Date(year, index - 1 + months, 1);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** "March 2026". */
export function monthName(month: string): string {
  const [year = 0, index = 1] = month.split('-').map(Number);
  return monthFormat.format(new Date(year, index - 1, 1));
}

/** The calendar's address for a month; this month's is the plain one. */
function monthHref(month: string): string {
  return month === currentMonth() ? '/programs/calendar' : `/programs/calendar?month=${month}`;
}

/** Monday-first weeks of the month's days, padded with nulls before the 1st and after the last day. */
function weeksOf(days: ProgramCalendarDay[]): (ProgramCalendarDay | null)[][] {
  if (days.length === 0) return [];
  const [year = 0, month = 1, date = 1] = (days[0]?.date ?? '').split('-').map(Number);
  const lead = (new Date(year, month - 1, date).getDay() + 6) % 7;
  const cells: (ProgramCalendarDay | null)[] = [...Array.from({ length: lead }, () => null), ...days];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (ProgramCalendarDay | null)[][] = [];
  for (let start = 0; start < cells.length; start += 7) weeks.push(cells.slice(start, start + 7));
  return weeks;
}

/** "14:00 Homework help" / "Health fair (cancelled)": the time when a session has one, the status when it did not go ahead. */
function ItemLink({ item }: { item: ProgramCalendarItem }) {
  const offStatus = item.status === 'cancelled' || item.status === 'postponed';
  return (
    <Anchor component={Link} to={`/programs/${item.programId}`} className={classes.item} display="block">
      {item.startsAt && (
        <>
          <Text span inherit fw={700}>
            {formatTime(item.startsAt)}
          </Text>{' '}
        </>
      )}
      <span className={offStatus ? classes.muted : undefined}>{item.title}</span>
      {offStatus && ` (${PROGRAM_STATUSES.labels[item.status].toLowerCase()})`}
      {!item.sessionId && (
        <>
          {' '}
          <VisuallyHidden>(program starts; no sessions yet)</VisuallyHidden>
        </>
      )}
    </Anchor>
  );
}

/** A month of programs: sessions on their day, programs without sessions on their start date. */
export function ProgramCalendarPage() {
  const [searchParams] = useSearchParams();
  const requested = searchParams.get('month') ?? '';
  const month = MONTH.test(requested) ? requested : currentMonth();
  const name = monthName(month);
  useDocumentTitle(`Programs in ${name} – Common Ground`);
  const headingId = useId();
  const calendar = useQuery(programCalendarQueryOptions(month));
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const days = calendar.data?.days ?? [];
  const busyDays = days.filter((day) => day.items.length > 0);

  return (
    <Stack gap="lg">
      <PageHeader
        title="Programs calendar"
        description="Each session on its day; a program without sessions yet on its start date."
        actions={<ProgramsPageActions current="calendar" />}
      />

      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Title order={2} id={headingId} aria-live="polite">
          {name}
        </Title>
        <Group gap="xs" component="nav" aria-label="Months">
          <Button component={Link} to={monthHref(shiftMonth(month, -1))} variant="default">
            <span aria-hidden="true">←&nbsp;</span>Previous month
          </Button>
          {month !== currentMonth() && (
            <Button component={Link} to={monthHref(currentMonth())} variant="subtle">
              This month
            </Button>
          )}
          <Button component={Link} to={monthHref(shiftMonth(month, 1))} variant="default">
            Next month<span aria-hidden="true">&nbsp;→</span>
          </Button>
        </Group>
      </Group>

      {calendar.isPending ? (
        <ListSkeleton label={`Loading ${name}`} rows={5} />
      ) : calendar.isError ? (
        <ProblemAlert problem={toProblemError(calendar.error)} title="The calendar didn't load" onRetry={() => void calendar.refetch()} />
      ) : (
        <div>
          {isPhone ? (
            <CalendarList days={busyDays} labelledBy={headingId} monthLabel={name} />
          ) : (
            <>
              <MonthGrid days={days} labelledBy={headingId} />
              {busyDays.length === 0 && (
                <Text mt="sm" c="dimmed">
                  Nothing is planned in {name}.
                </Text>
              )}
            </>
          )}
        </div>
      )}
    </Stack>
  );
}

/** The month as a table, Monday first: a cell per day, with its programs as links. */
function MonthGrid({ days, labelledBy }: { days: ProgramCalendarDay[]; labelledBy: string }) {
  const today = todayCalendarDay();
  return (
    <div style={{ overflowX: 'auto' }}>
      <table className={classes.grid} aria-labelledby={labelledBy} style={{ minWidth: 720, borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            {WEEKDAYS.map((weekday) => (
              <th key={weekday.short} scope="col" abbr={weekday.long}>
                <Text size="sm" fw={700} py={4}>
                  {weekday.short}
                </Text>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeksOf(days).map((week, index) => (
            <tr key={week.find(Boolean)?.date ?? index}>
              {week.map((day, dayIndex) =>
                day ? (
                  <td
                    key={day.date}
                    className={`${classes.day} ${day.date === today ? classes.today : ''}`}
                    aria-current={day.date === today ? 'date' : undefined}
                  >
                    <Text size="sm" fw={day.date === today ? 800 : 600} mb={4}>
                      <span aria-hidden="true">{Number(day.date.slice(8))}</span>
                      <VisuallyHidden>{formatDay(day.date)}</VisuallyHidden>
                    </Text>
                    {day.items.length > 0 && (
                      <ul className={classes.items}>
                        {day.items.map((item) => (
                          <li key={item.sessionId ?? `program-${item.programId}`}>
                            <ItemLink item={item} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                ) : (
                  <td key={`blank-${dayIndex}`} className={`${classes.day} ${classes.outside}`} aria-hidden="true" />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The phone (and screen reader friendly) form: only the days with something on, each a heading and a list. */
function CalendarList({ days, labelledBy, monthLabel }: { days: ProgramCalendarDay[]; labelledBy: string; monthLabel: string }) {
  if (days.length === 0) return <Text c="dimmed">Nothing is planned in {monthLabel}.</Text>;
  return (
    <Stack component="ol" gap="sm" p={0} m={0} aria-labelledby={labelledBy} style={{ listStyle: 'none' }}>
      {days.map((day) => (
        <Paper component="li" key={day.date} withBorder p="sm">
          <Title order={3} size="h5" mb={6}>
            {formatDay(day.date)}
          </Title>
          <ul className={classes.items}>
            {day.items.map((item) => (
              <li key={item.sessionId ?? `program-${item.programId}`}>
                <ItemLink item={item} />
              </li>
            ))}
          </ul>
        </Paper>
      ))}
    </Stack>
  );
}
