import { Table, Text } from '@mantine/core';
import { ChartWithTable } from '../../health/components/chart-with-table';
import { formatNumber } from '../../value/shared/format';
import type { ReportOutputs } from '../api/types';
import { NumberCell, NumberHeader, ReportTable } from './report-table';
import { count, longMonth, shortMonth } from './report-words';

type Month = ReportOutputs['byMonth'][number];

const HEIGHT = 180;
const AXIS = 22;
const TOP = 16;
const SLOT = 40;

/** Attendance month by month as bars (the number above each), with the same figures as a table. */
export function AttendanceByMonthChart({ months }: { months: Month[] }) {
  const width = Math.max(360, months.length * SLOT);
  const max = Math.max(1, ...months.map((month) => month.attendance));
  const plot = HEIGHT - AXIS - TOP;
  // Long periods: label every third month so the labels do not collide.
  const labelEvery = months.length > 12 ? 3 : 1;
  const busiest = months.reduce<Month | null>((best, month) => (best === null || month.attendance > best.attendance ? month : best), null);
  const description =
    busiest === null || busiest.attendance === 0
      ? 'Attendance by month: no attendance in the period.'
      : `Attendance by month, ${longMonth(months[0]?.month ?? busiest.month)} to ${longMonth(months[months.length - 1]?.month ?? busiest.month)}; the busiest month was ${longMonth(busiest.month)} with ${formatNumber(busiest.attendance)} attending.`;

  const chart = (
    <svg role="img" aria-label={description} viewBox={`0 0 ${width} ${HEIGHT}`} width="100%" style={{ maxWidth: width }}>
      <line x1={0} x2={width} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} stroke="var(--mantine-color-gray-5)" />
      {months.map((month, index) => {
        const barHeight = (month.attendance / max) * plot;
        const x = index * SLOT + 6;
        return (
          <g key={month.month} data-month={month.month}>
            <rect x={x} y={HEIGHT - AXIS - barHeight} width={SLOT - 12} height={barHeight} fill="var(--mantine-color-blue-6)" rx={2} />
            {month.attendance > 0 && (
              <text x={x + (SLOT - 12) / 2} y={HEIGHT - AXIS - barHeight - 4} fontSize={10} textAnchor="middle" fill="currentColor">
                {formatNumber(month.attendance)}
              </text>
            )}
            {index % labelEvery === 0 && (
              <text x={x + (SLOT - 12) / 2} y={HEIGHT - 6} fontSize={10} textAnchor="middle" fill="currentColor">
                {shortMonth(month.month).split(' ')[0]}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );

  const table = (
    <ReportTable caption="Attendance by month" minWidth={420}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Month</Table.Th>
          <NumberHeader>Sessions</NumberHeader>
          <NumberHeader>Attendance</NumberHeader>
          <NumberHeader>Recorded views</NumberHeader>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {months.map((month) => (
          <Table.Tr key={month.month}>
            <Table.Th scope="row" fw={400}>
              {longMonth(month.month)}
            </Table.Th>
            <NumberCell>{formatNumber(month.sessions)}</NumberCell>
            <NumberCell>{formatNumber(month.attendance)}</NumberCell>
            <NumberCell>{formatNumber(month.recordedViews)}</NumberCell>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ReportTable>
  );

  return (
    <div>
      <Text fw={600} size="sm" mb={4}>
        Attendance by month
      </Text>
      <ChartWithTable chart={chart} table={table} tableLabel={`Show attendance by month as a table (${count(months.length, 'month', 'months')})`} />
    </div>
  );
}
