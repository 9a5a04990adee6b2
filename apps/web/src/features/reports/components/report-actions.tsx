import { Button, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { notifyFailure, notifySuccess } from '../../../components/ui/notify';
import { toProblemError } from '../../../lib/problem-error';
import { reportsKeys, useArchiveReport, useRestoreReport } from '../api/reports-queries';
import type { SavedReport } from '../api/types';

/** The export route of a saved report: the API answers with the file (and 404 to anyone who may not see it). */
export function exportHref(id: string, format: 'pdf' | 'csv'): string {
  return `/api/v1/reports/impact/${id}/export?format=${format}`;
}

/** Download, print, duplicate for the next period, archive: what can be done with a saved report. */
export function ReportActions({ report }: { report: SavedReport }) {
  const [archiveOpened, archiveDialog] = useDisclosure(false);
  const restore = useRestoreReport();
  return (
    <Group gap="xs" wrap="wrap">
      <Button component="a" href={exportHref(report.id, 'pdf')} download variant="default">
        Download PDF
      </Button>
      <Button component="a" href={exportHref(report.id, 'csv')} download variant="default">
        Download CSV
      </Button>
      <Button component={Link} to={`/reports/${report.id}/print`} variant="default">
        Print
      </Button>
      <Button component={Link} to={`/reports/new?from=${report.id}`}>
        Duplicate for next period
      </Button>
      {report.archived ? (
        <Button
          variant="default"
          loading={restore.isPending}
          onClick={() =>
            restore.mutate(
              { id: report.id, version: report.version },
              {
                onSuccess: () => notifySuccess('Report restored'),
                onError: (error) => notifyFailure('The report wasn’t restored', toProblemError(error).detail),
              },
            )
          }
        >
          Restore
        </Button>
      ) : (
        <Button variant="default" color="red" onClick={archiveDialog.open}>
          Archive
        </Button>
      )}
      <ArchiveReportDialog report={report} opened={archiveOpened} onClose={archiveDialog.close} />
    </Group>
  );
}

/** Asks before archiving; a refusal (someone else changed the report first) is explained in the dialog, with Reload. */
function ArchiveReportDialog({ report, opened, onClose }: { report: SavedReport; opened: boolean; onClose: () => void }) {
  const archive = useArchiveReport();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const close = () => {
    archive.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      opened={opened}
      title={`Archive the report for ${report.funderName}?`}
      confirmLabel="Archive report"
      pending={archive.isPending}
      error={archive.error}
      errorTitle="The report wasn't archived"
      reloadLabel="Reload this report"
      onReload={() => {
        void queryClient.invalidateQueries({ queryKey: reportsKeys.detail(report.id) });
        close();
      }}
      onConfirm={() =>
        archive.mutate(
          { id: report.id, version: report.version },
          {
            onSuccess: () => {
              notifySuccess(`The report for ${report.funderName} is archived`);
              close();
              navigate('/reports');
            },
          },
        )
      }
      onClose={close}
    >
      <Text>
        It will leave the saved reports list. Nothing is deleted: its figures are kept as they were, and it can be
        restored from this page.
      </Text>
    </ConfirmDialog>
  );
}
