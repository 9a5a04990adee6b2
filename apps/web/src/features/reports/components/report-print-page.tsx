import { Anchor, Button, Group, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { RecordPageSkeleton } from '../../../components/ui/record-page-states';
import { toProblemError } from '../../../lib/problem-error';
import { reportQueryOptions } from '../api/reports-queries';
import { EvidenceBackContext } from '../report-view/evidence-link';
import { ReportView } from '../report-view/report-view';
import { ReportNotFound } from './report-not-found';
import classes from './report-print.module.css';

/**
 * /reports/:id/print: the saved report alone on a plain page (no navigation), with the library's logo, for the
 * browser's print or "Save as PDF". Only the Print button and the way back are on screen and not on paper.
 */
export function ReportPrintPage() {
  const { id = '' } = useParams();
  const report = useQuery(reportQueryOptions(id));
  const [hasLogo, setHasLogo] = useState(true);
  useDocumentTitle(report.data ? `Report for ${report.data.funderName}` : 'Report');

  let content;
  if (report.isPending) content = <RecordPageSkeleton record="report" />;
  else if (report.isError) {
    const problem = toProblemError(report.error);
    content = problem.status === 404 ? <ReportNotFound /> : <ProblemAlert problem={problem} title="The report didn't load" onRetry={() => void report.refetch()} />;
  } else {
    content = (
      <Stack gap="lg">
        <Group justify="space-between" className={classes.noPrint}>
          <Anchor component={Link} to={`/reports/${report.data.id}`}>
            Back to the report
          </Anchor>
          <Button onClick={() => window.print()}>Print</Button>
        </Group>
        {hasLogo && (
          // The logo is decoration beside the library's name, which the header says in words.
          <img src="/api/v1/settings/logo" alt="" className={classes.logo} onError={() => setHasLogo(false)} />
        )}
        <EvidenceBackContext.Provider value={{ to: `/reports/${report.data.id}/print`, label: 'Back to the printable report' }}>
          <ReportView figures={report.data.figures} order={2} titleOrder={1} />
        </EvidenceBackContext.Provider>
      </Stack>
    );
  }
  return (
    <main className={classes.page} id="main-content">
      {content}
    </main>
  );
}
