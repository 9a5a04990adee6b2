import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { RecordPageSkeleton } from '../../../components/ui/record-page-states';
import { formatDate } from '../../../lib/format-date';
import { toProblemError } from '../../../lib/problem-error';
import { reportQueryOptions } from '../api/reports-queries';
import type { SavedReport } from '../api/types';
import { describePeriod } from '../report-period';
import { EvidenceBackContext } from '../report-view/evidence-link';
import { ReportView } from '../report-view/report-view';
import { ReportActions } from './report-actions';
import { ReportNotFound } from './report-not-found';

/** /reports/:id: a saved report with its frozen figures, its exports, and what can be done with it. */
export function SavedReportPage() {
  const { id = '' } = useParams();
  const report = useQuery(reportQueryOptions(id));
  useDocumentTitle(report.data ? `Report for ${report.data.funderName} – Common Ground` : 'Report – Common Ground');

  if (report.isPending) return <RecordPageSkeleton record="report" />;
  if (report.isError) {
    const problem = toProblemError(report.error);
    if (problem.status === 404) return <ReportNotFound />;
    return <ProblemAlert problem={problem} title="The report didn't load" onRetry={() => void report.refetch()} />;
  }
  return <SavedReportView report={report.data} />;
}

function SavedReportView({ report }: { report: SavedReport }) {
  return (
    <Stack gap="lg" maw={1200}>
      <Anchor component={Link} to="/reports" size="sm">
        Saved reports
      </Anchor>
      <PageHeader
        title={`Report for ${report.funderName}`}
        description={`${describePeriod(report.period)} · saved by ${report.author?.name ?? 'someone no longer recorded'} on ${formatDate(report.createdAt)}. The figures are frozen as they were when saved.`}
        actions={<ReportActions report={report} />}
      />
      {report.archived && (
        <Alert color="gray" variant="light" title="This report is archived">
          <Text size="sm">It is left out of the saved reports list. Its figures are kept as they were.</Text>
        </Alert>
      )}
      <EvidenceBackContext.Provider value={{ to: `/reports/${report.id}`, label: `Back to the report for ${report.funderName}` }}>
        <ReportView figures={report.figures} order={2} />
      </EvidenceBackContext.Provider>
    </Stack>
  );
}
