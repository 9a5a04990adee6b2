import { Alert, Button, Stack, Text } from '@mantine/core';
import { formatDate } from '../../lib/format-date';
import { toProblemError } from '../../lib/problem-error';
import { ProblemAlert } from './problem-alert';

interface ArchivedBannerProps {
  /** The kind of record, as in "This partner is archived". */
  record: string;
  archivedAt: string;
  /** What archiving changed, said after "Archived on <date>." */
  consequence: string;
  mayRestore: boolean;
  /** Said instead of the Restore button to those who may not restore. */
  notAllowed: string;
  /** The restore mutation's state: pending while restoring, and its error to explain. */
  restore: { isPending: boolean; isError: boolean; error: unknown; reset: () => void };
  onRestore: () => void;
  /** After a conflict: fetch the record again to show its latest version. */
  onReload: () => void;
}

/** Says plainly that a record is archived, and offers Restore to those allowed (restoring is safe: no confirm). */
export function ArchivedBanner({ record, archivedAt, consequence, mayRestore, notAllowed, restore, onRestore, onReload }: ArchivedBannerProps) {
  return (
    <Stack gap="sm">
      <Alert color="gray" variant="light" title={`This ${record} is archived`}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">
            Archived on {formatDate(archivedAt)}. {consequence}
          </Text>
          {mayRestore ? (
            <Button variant="default" size="xs" loading={restore.isPending} onClick={onRestore}>
              Restore
            </Button>
          ) : (
            <Text size="sm">{notAllowed}</Text>
          )}
        </Stack>
      </Alert>
      {restore.isError && (
        <ProblemAlert
          problem={toProblemError(restore.error)}
          title={`The ${record} wasn't restored`}
          onReload={() => {
            restore.reset();
            onReload();
          }}
          reloadLabel={`Reload this ${record}`}
          onClose={() => restore.reset()}
        />
      )}
    </Stack>
  );
}
