import { Anchor, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { RecordPageSkeleton } from '../../../components/ui/record-page-states';
import { todayCalendarDay } from '../../../lib/calendar-day';
import { toProblemError } from '../../../lib/problem-error';
import { reportQueryOptions } from '../api/reports-queries';
import { draftFor, nextPeriodValues, rememberedValues } from '../report-definition';
import { describePeriod } from '../report-period';
import { BuilderForm } from './builder-form';
import { ReportNotFound } from './report-not-found';

/**
 * /reports/new: build a funder summary with a live preview. `?from=<id>` starts from a saved report, moved on to the
 * next period; otherwise the last funder and scope saved, for last calendar year. Coming back to this page from an
 * evidence list finds the draft as it was.
 */
export function ReportBuilderPage() {
  useDocumentTitle('New report – Common Ground');
  const location = useLocation();
  const [params] = useSearchParams();
  const fromId = params.get('from');
  // Read once: the draft belongs to this history entry; later writes to it must not reset the form.
  const [draft] = useState(() => draftFor(location.key));
  const source = useQuery({ ...reportQueryOptions(fromId ?? ''), enabled: fromId !== null && draft === null });

  const header = (
    <PageHeader
      title="New report"
      description={
        source.data
          ? `Starting from the report for ${source.data.funderName} (${describePeriod(source.data.period)}), moved on to the next period.`
          : 'A funder summary built from the records. Check the preview, then save it to freeze the figures.'
      }
      actions={
        <Anchor component={Link} to="/reports">
          Back to saved reports
        </Anchor>
      }
    />
  );

  if (draft) {
    return (
      <Stack gap="lg">
        {header}
        <BuilderForm initialValues={draft} />
      </Stack>
    );
  }
  if (fromId !== null) {
    if (source.isPending) return <RecordPageSkeleton record="report to start from" />;
    if (source.isError) {
      const problem = toProblemError(source.error);
      if (problem.status === 404) return <ReportNotFound />;
      return <ProblemAlert problem={problem} title="The report to start from didn't load" onRetry={() => void source.refetch()} />;
    }
  }
  const initialValues = source.data ? nextPeriodValues(source.data) : rememberedValues(todayCalendarDay());
  return (
    <Stack gap="lg">
      {header}
      <BuilderForm key={source.data?.id ?? 'new'} initialValues={initialValues} />
    </Stack>
  );
}
