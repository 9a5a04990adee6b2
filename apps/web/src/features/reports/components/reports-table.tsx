import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import { DateText } from '../../../components/ui/date-text';
import { formatNumber } from '../../value/shared/format';
import type { ReportSummary } from '../api/types';
import { describePeriod } from '../report-period';

/** The saved reports as a table; on a narrow screen it scrolls sideways inside its own named region. */
export function ReportsTable({ reports, labelledBy }: { reports: ReportSummary[]; labelledBy: string }) {
  return (
    <Table.ScrollContainer minWidth={1000} type="native" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <Table striped highlightOnHover verticalSpacing="sm" fz="sm" aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Funder</Table.Th>
            <Table.Th scope="col">Grant reference</Table.Th>
            <Table.Th scope="col">Period</Table.Th>
            <Table.Th scope="col">Covers</Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              Programs
            </Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              Sessions
            </Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              Attendance
            </Table.Th>
            <Table.Th scope="col">Prepared by</Table.Th>
            <Table.Th scope="col">Saved</Table.Th>
            <Table.Th scope="col">Next period</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reports.map((report) => (
            <Table.Tr key={report.id}>
              <Table.Th scope="row">
                <Anchor component={Link} to={`/reports/${report.id}`} fw={600}>
                  {report.funderName}
                </Anchor>
              </Table.Th>
              <Table.Td>{report.grantReference ?? '—'}</Table.Td>
              <Table.Td>{describePeriod(report.period)}</Table.Td>
              <Table.Td>{report.scopeLabel}</Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>{formatNumber(report.programs)}</Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>{formatNumber(report.sessions)}</Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>{formatNumber(report.attendance)}</Table.Td>
              <Table.Td>{report.author?.name ?? 'Not recorded'}</Table.Td>
              <Table.Td>
                <DateText value={report.createdAt} />
              </Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/reports/new?from=${report.id}`}
                  size="sm"
                  aria-label={`Duplicate the report for ${report.funderName}, ${describePeriod(report.period)}, for the next period`}
                >
                  Duplicate for next period
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
