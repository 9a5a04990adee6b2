import { AGE_BANDS, CONTRIBUTION_TYPES, OUTCOME_MEASURES, OUTCOME_TIMINGS, SESSION_FORMATS, SIDES, VALUE_DIMENSIONS, type ContributionType } from '@common-ground/domain';
import { Alert, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { formatDay } from '../../../lib/calendar-day';
import { toProblemError } from '../../../lib/problem-error';
import { measureName } from '../../outcomes/outcome-values';
import { partnerValueQueryOptions } from '../api/value-queries';
import type { PartnerValue, ValueFigures, ValueOutcome } from '../api/types';
import { describeAgreeShare, formatMoney, formatNumber, formatPercent, formatQuantity, plural } from '../shared/format';
import { ComparisonTable, type ComparisonRow } from './comparison-table';
import { ValueNotesSection } from './value-notes-section';

export interface PartnerValuePanelProps {
  partnerId: string;
  /** The year shown first; the current year when left out. */
  initialYear?: number;
}

/** Years offered: next year (planned programs) back through the last ten. */
const YEARS_BACK = 10;

/**
 * A partner's value view (NILPPA's value model, kept apart from health): what the partnership brought in a year,
 * beside the same figures for the year before. Raw numbers with their n; no scores.
 */
export function PartnerValuePanel({ partnerId, initialYear }: PartnerValuePanelProps) {
  const headingId = useId();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(initialYear ?? thisYear);
  const value = useQuery(partnerValueQueryOptions(partnerId, year));
  const years = Array.from({ length: YEARS_BACK + 2 }, (_, index) => thisYear + 1 - index);
  if (!years.includes(year)) years.push(year);

  return (
    <Stack component="section" aria-labelledby={headingId} gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <div>
          <Title order={2} id={headingId}>
            Value
          </Title>
          <Text size="sm" c="dimmed">
            What the partnership brought, beside the year before. Raw figures with their n; the partner is compared only with itself.
          </Text>
        </div>
        <NativeSelect
          label="Year"
          data={years.map((option) => ({ value: String(option), label: String(option) }))}
          value={String(year)}
          onChange={(event) => setYear(Number(event.currentTarget.value))}
          w={120}
        />
      </Group>

      {value.isPending ? (
        <ListSkeleton rows={5} label="Loading the value view" />
      ) : value.isError ? (
        <ProblemAlert problem={toProblemError(value.error)} title="The value view didn't load" onRetry={() => void value.refetch()} />
      ) : (
        <ValueFiguresView value={value.data} updating={value.isPlaceholderData} />
      )}
    </Stack>
  );
}

function ValueFiguresView({ value, updating }: { value: PartnerValue; updating: boolean }) {
  const current = String(value.year);
  const previous = String(value.year - 1);
  const labels = { currentLabel: current, previousLabel: previous };
  const figures = (pick: (figures: ValueFigures) => ReactNode, key: string, label: ReactNode): ComparisonRow => ({
    key,
    label,
    current: pick(value),
    previous: pick(value.previous),
  });

  return (
    <Stack gap="lg" aria-busy={updating || undefined}>
      <Text size="sm" role="status">
        {updating
          ? 'Updating…'
          : `${formatDay(value.period.from)} to ${formatDay(value.period.to)}, beside ${formatDay(value.previousPeriod.from)} to ${formatDay(value.previousPeriod.to)}.`}
      </Text>
      {value.partner.archived && (
        <Alert color="gray" variant="light">
          {value.partner.name} is archived. Its figures are kept as they were.
        </Alert>
      )}

      <Block title="Programs and sessions">
        <ComparisonTable
          caption="Programs where the partner has a role, and their sessions"
          {...labels}
          rows={[
            figures((f) => formatNumber(f.programs.held), 'held', 'Programs held'),
            figures((f) => formatNumber(f.programs.planned), 'planned', 'Programs planned'),
            figures((f) => formatNumber(f.programs.cancelled), 'cancelled', 'Programs cancelled'),
            figures((f) => formatNumber(f.programs.postponed), 'postponed', 'Programs postponed'),
            figures((f) => formatNumber(f.sessions), 'sessions', 'Sessions held'),
          ]}
        />
      </Block>

      <Block title="Attendance">
        <ComparisonTable
          caption="Attendance by age band"
          rowHeader="Age band"
          {...labels}
          rows={[
            ...AGE_BANDS.keys.map((band) => figures((f) => formatNumber(f.attendance.byAgeBand[band]), band, AGE_BANDS.labels[band])),
            figures((f) => <strong>{formatNumber(f.attendance.total)}</strong>, 'total', <strong>All ages</strong>),
          ]}
        />
        <ComparisonTable
          caption="Attendance by format"
          rowHeader="Format"
          {...labels}
          rows={[
            ...SESSION_FORMATS.keys.map((format) =>
              figures(
                (f) => {
                  const line = f.attendance.byFormat.find((item) => item.format === format);
                  return line ? `${formatNumber(line.attendance)} in ${plural(line.sessions, 'session', 'sessions')}` : '0';
                },
                format,
                SESSION_FORMATS.labels[format],
              ),
            ),
            figures((f) => formatNumber(f.attendance.recordedViews), 'views', 'Views of recordings within 30 days'),
          ]}
        />
      </Block>

      <Block title="Reaching the intended public">
        <ComparisonTable
          caption="Sessions whose audience matched the intended public"
          {...labels}
          rows={[figures((f) => describeReach(f.sessionsReachingIntendedPublic), 'reach', 'Sessions that reached the intended public')]}
        />
        <Text size="sm" c="dimmed">
          n is the number of sessions where it was recorded whether the audience matched.
        </Text>
      </Block>

      <Block title="Contributions given">
        <ComparisonTable caption="Actual contributions (not pledges), by side and type" rowHeader="Contribution" {...labels} rows={contributionRows(value, figures)} />
      </Block>

      <Block title="Outcomes">
        {value.outcomes.length === 0 && value.previous.outcomes.length === 0 ? (
          <Text size="sm" c="dimmed">
            No survey results in either year.
          </Text>
        ) : (
          <ComparisonTable caption="Share who agree or strongly agree, with n (people who answered)" rowHeader="Measure" {...labels} rows={outcomeRows(value)} />
        )}
      </Block>

      <Block title="Impact notes">
        <Text size="sm" c="dimmed">
          Notes from {current}. Quotes marked “No consent to quote” stay inside Common Ground.
        </Text>
        {VALUE_DIMENSIONS.keys.map((dimension) => (
          <ValueNotesSection
            key={`${value.year}-${dimension}`}
            partnerId={value.partner.id}
            year={value.year}
            dimension={dimension}
            notes={value.notes[dimension]}
            count={value.noteCounts[dimension]}
          />
        ))}
      </Block>
    </Stack>
  );
}

function Block({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={3} id={headingId}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** "12 of 15 sessions (80%)": the share with its n, or that it was never recorded. */
function describeReach(reach: ValueFigures['sessionsReachingIntendedPublic']): string {
  if (reach.recorded === 0) return 'Not recorded (n = 0)';
  return `${formatNumber(reach.matched)} of ${plural(reach.recorded, 'session', 'sessions')} (${formatPercent(reach.share)})`;
}

type FiguresRow = (pick: (figures: ValueFigures) => ReactNode, key: string, label: ReactNode) => ComparisonRow;

function contributionRows(value: PartnerValue, figures: FiguresRow): ComparisonRow[] {
  // Types with lines in either year, in vocabulary order.
  const types = CONTRIBUTION_TYPES.keys.filter((type) =>
    [value.contributions, value.previous.contributions].some((totals) => totals.byType.some((item) => item.type === type)),
  );
  const typeCell = (f: ValueFigures, type: ContributionType) => {
    const line = f.contributions.byType.find((item) => item.type === type);
    if (!line) return '—';
    const amounts = line.quantityByUnit.map((item) => formatQuantity(item.quantity, item.unit));
    return [formatMoney(line.moneyValue), ...amounts, plural(line.count, 'line', 'lines')].join(' · ');
  };
  return [
    figures((f) => <strong>{formatMoney(f.contributions.moneyValue)}</strong>, 'value', <strong>Total value</strong>),
    ...SIDES.keys.map((side) =>
      figures(
        (f) => {
          const line = f.contributions.bySide.find((item) => item.side === side);
          return line ? `${formatMoney(line.moneyValue)} · ${plural(line.count, 'line', 'lines')}` : '—';
        },
        `side-${side}`,
        `Brought by the ${side === 'library' ? 'library' : 'partner'}`,
      ),
    ),
    figures((f) => formatNumber(f.contributions.volunteerHours), 'volunteer-hours', 'Volunteer hours'),
    ...types.map((type) => figures((f) => typeCell(f, type), `type-${type}`, CONTRIBUTION_TYPES.labels[type])),
  ];
}

function outcomeRows(value: PartnerValue): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  const find = (outcomes: ValueOutcome[], measure: string, timing: string) => outcomes.find((item) => item.measure === measure && item.timing === timing);
  const cell = (outcome: ValueOutcome | undefined) =>
    outcome ? (
      <>
        {describeAgreeShare(outcome.agreeShare, outcome.answered)}
        <Text span size="xs" c="dimmed" display="block">
          {plural(outcome.nonResponses, 'non-response', 'non-responses')} · {plural(outcome.results, 'survey', 'surveys')}
        </Text>
      </>
    ) : (
      'No results'
    );
  for (const timing of OUTCOME_TIMINGS.keys) {
    for (const measure of OUTCOME_MEASURES.keys) {
      const current = find(value.outcomes, measure, timing);
      const previous = find(value.previous.outcomes, measure, timing);
      if (!current && !previous) continue;
      rows.push({
        key: `${timing}-${measure}`,
        label: `${measureName(measure)}, ${OUTCOME_TIMINGS.labels[timing].toLowerCase()}`,
        current: cell(current),
        previous: cell(previous),
      });
    }
  }
  return rows;
}
