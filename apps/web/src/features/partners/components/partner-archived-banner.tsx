import { Alert, Button, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { notifySuccess } from '../../../components/ui/notify';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import type { Partner } from '../../../lib/api-types';
import { toProblemError } from '../../../lib/problem-error';
import { partnersKeys } from '../api/partners-queries';
import { useRestorePartner } from '../api/use-partner-mutations';
import { ARCHIVE_NOT_ALLOWED } from '../partner-permissions';
import { formatDate } from '../../../lib/format-date';

/** Says plainly that the partner is archived, and offers Restore to those allowed (restoring is safe: no confirm). */
export function PartnerArchivedBanner({ partner, mayRestore }: { partner: Partner; mayRestore: boolean }) {
  const restore = useRestorePartner();
  const queryClient = useQueryClient();
  if (!partner.archivedAt) return null;

  return (
    <Stack gap="sm">
      <Alert color="gray" variant="light" title="This partner is archived">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">
            Archived on {formatDate(partner.archivedAt)}. It is hidden from the partner lists and the board; everything
            recorded about it is kept.
          </Text>
          {mayRestore ? (
            <Button
              variant="default"
              size="xs"
              loading={restore.isPending}
              onClick={() =>
                restore.mutate(
                  { id: partner.id, version: partner.version },
                  { onSuccess: (saved) => notifySuccess(`${saved.name} is restored`) },
                )
              }
            >
              Restore
            </Button>
          ) : (
            <Text size="sm">{ARCHIVE_NOT_ALLOWED}</Text>
          )}
        </Stack>
      </Alert>
      {restore.isError && (
        <ProblemAlert
          problem={toProblemError(restore.error)}
          title="The partner wasn't restored"
          onReload={() => {
            restore.reset();
            void queryClient.invalidateQueries({ queryKey: partnersKeys.detail(partner.id) });
          }}
          reloadLabel="Reload this partner"
          onClose={() => restore.reset()}
        />
      )}
    </Stack>
  );
}
