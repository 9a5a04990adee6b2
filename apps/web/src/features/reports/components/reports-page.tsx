import { Button, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'react-router';
import { DebouncedTextInput } from '../../../components/ui/debounced-text-input';
import { EmptyList } from '../../../components/ui/empty-list';
import { PagedListPager } from '../../../components/ui/list-pager';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { PageHeader } from '../../../components/ui/page-header';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { pageFromAddress, useViewInAddress } from '../../../hooks/use-view-in-address';
import { toProblemError } from '../../../lib/problem-error';
import { reportsListQueryOptions } from '../api/reports-queries';
import { ReportsTable } from './reports-table';

export const REPORTS_PAGE_SIZE = 25;

interface ReportsView {
  q: string;
  page: number;
}

const parseView = (params: URLSearchParams): ReportsView => ({ q: params.get('q') ?? '', page: pageFromAddress(params) });

function viewToSearch(view: ReportsView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.q.trim()) params.set('q', view.q.trim());
  if (view.page > 1) params.set('page', String(view.page));
  return params;
}

/** /reports: the saved funder summaries, newest first, searchable by funder or grant reference (the search is in the address). */
export function ReportsPage() {
  useDocumentTitle('Reports – Common Ground');
  const headingId = useId();
  const { view, update } = useViewInAddress(parseView, viewToSearch);
  const q = view.q.trim();
  const reports = useQuery(
    reportsListQueryOptions({ limit: REPORTS_PAGE_SIZE, offset: (view.page - 1) * REPORTS_PAGE_SIZE, ...(q ? { q } : {}) }),
  );

  return (
    <Stack gap="lg">
      <PageHeader
        title="Reports"
        titleId={headingId}
        description="Funder summaries: what the library and its partners did in a period, every figure traceable to its records."
        actions={
          <Button component={Link} to="/reports/new">
            New report
          </Button>
        }
      />
      <DebouncedTextInput
        type="search"
        label="Search reports"
        placeholder="Funder or grant reference"
        value={view.q}
        onCommit={(text) => update({ q: text })}
        w={{ base: '100%', sm: 360 }}
        spellCheck={false}
      />
      {reports.isPending ? (
        <ListSkeleton label="Loading saved reports" />
      ) : reports.isError ? (
        <ProblemAlert problem={toProblemError(reports.error)} title="Saved reports didn't load" onRetry={() => void reports.refetch()} />
      ) : reports.data.items.length === 0 ? (
        <EmptyList
          records="reports"
          total={reports.data.total}
          filtered={q !== ''}
          onFirstPage={() => update({ page: 1 })}
          onClearFilters={() => update({ q: '' })}
          nothingYet="No saved reports yet — build your first funder summary."
          addLabel="Build a funder summary"
          addTo="/reports/new"
        />
      ) : (
        <div aria-busy={reports.isPlaceholderData || undefined}>
          <ReportsTable reports={reports.data.items} labelledBy={headingId} />
          <PagedListPager
            page={view.page}
            pageSize={REPORTS_PAGE_SIZE}
            total={reports.data.total}
            itemLabel={reports.data.total === 1 ? 'report' : 'reports'}
            onPageChange={(page) => update({ page })}
          />
        </div>
      )}
    </Stack>
  );
}
