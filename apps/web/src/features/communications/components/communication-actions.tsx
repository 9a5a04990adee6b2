import { CHANNELS } from '@common-ground/domain';
import { Button, Group, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { notifyFailure, notifySuccess } from '../../../components/ui/notify';
import { formatDateTime } from '../../../lib/format-date';
import { toProblemError } from '../../../lib/problem-error';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { communicationQueryOptions } from '../api/communications-queries';
import { useArchiveCommunication, useRestoreCommunication } from '../api/use-communication-mutations';
import { mayChangeCommunication } from '../communication-permissions';
import { useQuickLog } from '../quick-log-context';

interface CommunicationActionsProps {
  communicationId: string;
  /** Who logged it (null: the system, e.g. demo data): they, managers and administrators may change it. */
  authorId: string | null;
  /** The id of the text that names the conversation, so each button says which one it changes. */
  describedBy?: string;
}

/**
 * "Edit" (the quick-log form, on this conversation) and "Archive" (after asking) for a logged conversation, shown
 * only to its author, managers and administrators.
 */
export function CommunicationActions({ communicationId, authorId, describedBy }: CommunicationActionsProps) {
  const me = useCurrentUser();
  const { editCommunication } = useQuickLog();
  const [archiveOpened, setArchiveOpened] = useState(false);
  if (!mayChangeCommunication(me, authorId)) return null;
  return (
    <Group gap="xs" wrap="wrap">
      <Button size="xs" variant="default" onClick={() => editCommunication(communicationId)} aria-describedby={describedBy}>
        Edit
      </Button>
      <Button size="xs" variant="subtle" color="red" onClick={() => setArchiveOpened(true)} aria-describedby={describedBy}>
        Archive
      </Button>
      <ArchiveCommunicationDialog communicationId={communicationId} opened={archiveOpened} onClose={() => setArchiveOpened(false)} />
    </Group>
  );
}

interface ArchiveCommunicationDialogProps {
  communicationId: string;
  opened: boolean;
  onClose: () => void;
}

/** Asks before archiving, naming the conversation as it is now, and sends the version it showed. */
function ArchiveCommunicationDialog({ communicationId, opened, onClose }: ArchiveCommunicationDialogProps) {
  const queryClient = useQueryClient();
  const detail = useQuery({ ...communicationQueryOptions(communicationId), enabled: opened });
  const archive = useArchiveCommunication();
  const communication = detail.data;

  const close = () => {
    archive.reset();
    onClose();
  };

  const confirm = async () => {
    const current = communication ?? (await queryClient.fetchQuery(communicationQueryOptions(communicationId)).catch(() => null));
    if (!current) return;
    archive.mutate(
      { id: current.id, version: current.version },
      {
        onSuccess: (saved) => {
          notifySuccess(`The ${CHANNELS.labels[saved.channel].toLowerCase()} with ${saved.partner.name} is archived`);
          close();
        },
      },
    );
  };

  return (
    <ConfirmDialog
      opened={opened}
      title="Archive this conversation?"
      confirmLabel="Archive conversation"
      pending={archive.isPending}
      error={archive.error ?? (detail.isError ? detail.error : null)}
      errorTitle="It wasn't archived"
      reloadLabel="Reload"
      onReload={() => {
        archive.reset();
        void detail.refetch();
      }}
      onConfirm={() => void confirm()}
      onClose={close}
    >
      <Text>
        {communication
          ? `The ${CHANNELS.labels[communication.channel].toLowerCase()} with ${communication.partner.name} on ${formatDateTime(communication.occurredAt)} will no longer show on the partner’s timeline or the home page.`
          : 'The conversation will no longer show on the partner’s timeline or the home page.'}
      </Text>
      <Text size="sm" c="dimmed">
        Nothing is deleted: the conversation and its history are kept.
      </Text>
    </ConfirmDialog>
  );
}

interface RestoreCommunicationButtonProps {
  communicationId: string;
  /**
   * Who archived it. Only its author, managers and administrators may archive a conversation, so a librarian who
   * archived it is its author, and may bring it back.
   */
  archivedBy: string | null;
  describedBy?: string;
}

/**
 * "Restore" on the timeline's "archived the meeting of …" entry: reads the conversation as it is now (it may have
 * been restored or changed since), then restores it with that version. Nothing to ask: restoring loses nothing.
 */
export function RestoreCommunicationButton({ communicationId, archivedBy, describedBy }: RestoreCommunicationButtonProps) {
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const restore = useRestoreCommunication();
  const [reading, setReading] = useState(false);
  if (!mayChangeCommunication(me, archivedBy)) return null;

  const onClick = async () => {
    setReading(true);
    try {
      const current = await queryClient.fetchQuery(communicationQueryOptions(communicationId));
      const what = `The ${CHANNELS.labels[current.channel].toLowerCase()} with ${current.partner.name}`;
      if (current.archivedAt === null) {
        notifySuccess(`${what} is on the timeline already`);
        return;
      }
      await restore.mutateAsync({ id: current.id, version: current.version });
      notifySuccess(`${what} is back on the timeline`);
    } catch (error) {
      notifyFailure("It wasn't restored", toProblemError(error).detail);
    } finally {
      setReading(false);
    }
  };

  return (
    <Button size="xs" variant="default" loading={reading} onClick={() => void onClick()} aria-describedby={describedBy}>
      Restore
    </Button>
  );
}
