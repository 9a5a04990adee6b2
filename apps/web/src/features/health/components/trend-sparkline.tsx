import { Table, Text } from '@mantine/core';
import { formatDay } from '../../../lib/calendar-day';
import type { FactorHealth } from '../api/types';
import { formatScore } from '../health-words';
import { ChartWithTable } from './chart-with-table';

const WIDTH = 240;
const HEIGHT = 56;
const PAD = 4;

type Trend = FactorHealth['trend'];

/** Days since the epoch, for placing dates on the x axis ('YYYY-MM-DD' read as UTC, only differences matter). */
const dayNumber = (day: string): number => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;

/** Where the trend went, in words: the name of the chart for screen readers. */
function describeTrend(factorName: string, trend: Trend): string {
  const scored = trend.points;
  const first = scored[0];
  const last = scored[scored.length - 1];
  if (!first || !last) return `${factorName}: no scores recorded yet`;
  if (first === last) return `${factorName}: one score, ${formatScore(last.score)} on ${formatDay(last.asOf)}`;
  const waves = trend.waves.length === 1 ? '1 assessment wave' : `${trend.waves.length} assessment waves`;
  return `${factorName}: from ${formatScore(first.score)} on ${formatDay(first.asOf)} to ${formatScore(last.score)} on ${formatDay(last.asOf)}, ${waves} marked`;
}

/**
 * A factor's scores over time as a small line with its 80% interval shaded and each assessment wave marked by a
 * dashed line; the same figures as a table below it.
 */
export function TrendSparkline({ factorName, trend }: { factorName: string; trend: Trend }) {
  const scored = trend.points;
  if (scored.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No trend yet: scores are kept monthly and after every assessment.
      </Text>
    );
  }
  const days = [...scored.map((point) => dayNumber(point.asOf)), ...trend.waves.map((wave) => dayNumber(wave.openedOn))];
  const minDay = Math.min(...days);
  const span = Math.max(1, Math.max(...days) - minDay);
  const x = (day: string) => PAD + ((dayNumber(day) - minDay) / span) * (WIDTH - 2 * PAD);
  // The 1–5 scale, so a line's height means the same on every card.
  const y = (score: number) => PAD + ((5 - score) / 4) * (HEIGHT - 2 * PAD);
  const line = scored.map((point) => `${x(point.asOf).toFixed(1)},${y(point.score).toFixed(1)}`).join(' ');
  const area =
    scored.length > 1
      ? [
          ...scored.map((point) => `${x(point.asOf).toFixed(1)},${y(point.high).toFixed(1)}`),
          ...[...scored].reverse().map((point) => `${x(point.asOf).toFixed(1)},${y(point.low).toFixed(1)}`),
        ].join(' ')
      : null;
  const last = scored[scored.length - 1];

  const chart = (
    <svg role="img" aria-label={describeTrend(factorName, trend)} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ maxWidth: WIDTH, height: HEIGHT }}>
      {/* The band edges, faint: 4.0 (strength) and 3.0 (borderline). */}
      {[4, 3].map((edge) => (
        <line key={edge} x1={0} x2={WIDTH} y1={y(edge)} y2={y(edge)} stroke="var(--mantine-color-gray-3)" strokeWidth={1} />
      ))}
      {area && <polygon points={area} fill="var(--mantine-color-indigo-1)" />}
      {trend.waves.map((wave) => (
        <line
          key={wave.id}
          data-wave={wave.openedOn}
          x1={x(wave.openedOn)}
          x2={x(wave.openedOn)}
          y1={0}
          y2={HEIGHT}
          stroke="var(--mantine-color-gray-7)"
          strokeDasharray="3 2"
          strokeWidth={1}
        />
      ))}
      <polyline points={line} fill="none" stroke="var(--mantine-color-indigo-8)" strokeWidth={2} />
      {last && <circle cx={x(last.asOf)} cy={y(last.score)} r={3} fill="var(--mantine-color-indigo-8)" />}
    </svg>
  );

  const waveDays = new Set(trend.waves.map((wave) => wave.openedOn));
  const rows = [
    ...scored.map((point) => ({ day: point.asOf, what: point.reason === 'assessment' ? 'After an assessment' : 'Monthly', point })),
    ...trend.waves.filter((wave) => !scored.some((point) => point.asOf === wave.openedOn)).map((wave) => ({ day: wave.openedOn, what: 'Assessment wave opened', point: null })),
  ].sort((a, b) => a.day.localeCompare(b.day));

  const table = (
    <Table withTableBorder fz="sm" verticalSpacing={4}>
      <Table.Caption>{factorName}: scores over time</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Date</Table.Th>
          <Table.Th scope="col">Score</Table.Th>
          <Table.Th scope="col">Likely between</Table.Th>
          <Table.Th scope="col">Taken</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(({ day, what, point }) => (
          <Table.Tr key={`${day}-${what}`}>
            <Table.Th scope="row" fw={400}>
              {formatDay(day)}
            </Table.Th>
            <Table.Td>{point ? formatScore(point.score) : '—'}</Table.Td>
            <Table.Td>{point ? `${formatScore(point.low)} – ${formatScore(point.high)}` : '—'}</Table.Td>
            <Table.Td>{waveDays.has(day) && point ? `${what}; assessment wave opened` : what}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );

  return <ChartWithTable chart={chart} table={table} tableLabel="Show the trend as a table" />;
}
