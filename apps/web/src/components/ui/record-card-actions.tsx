import { Button, Group, type GroupProps } from '@mantine/core';
import type { ReactNode } from 'react';

interface RecordCardActionsProps extends Omit<GroupProps, 'children'> {
  archived: boolean;
  /** False for an archived partner's records: the API refuses changes, so nothing is offered. */
  editable: boolean;
  mayArchive: boolean;
  /** The id of the card's title, so each "Edit" says which record it edits. */
  describedBy: string;
  restoring: boolean;
  onRestore: () => void;
  onEdit: () => void;
  onArchive: () => void;
  /** Record-specific actions, before and after "Edit" ("Mark reviewed today", "Make primary"). */
  beforeEdit?: ReactNode;
  afterEdit?: ReactNode;
}

/** A record card's buttons: Restore for an archived one, otherwise Edit and Archive (Archive only when allowed). */
export function RecordCardActions({ archived, editable, mayArchive, describedBy, restoring, onRestore, onEdit, onArchive, beforeEdit, afterEdit, ...group }: RecordCardActionsProps) {
  if (!editable) return null;
  return (
    <Group gap="xs" wrap="wrap" {...group}>
      {archived ? (
        mayArchive && (
          <Button size="xs" variant="default" onClick={onRestore} loading={restoring} aria-describedby={describedBy}>
            Restore
          </Button>
        )
      ) : (
        <>
          {beforeEdit}
          <Button size="xs" variant="default" onClick={onEdit} aria-describedby={describedBy}>
            Edit
          </Button>
          {afterEdit}
          {mayArchive && (
            <Button size="xs" variant="subtle" color="red" onClick={onArchive} aria-describedby={describedBy}>
              Archive
            </Button>
          )}
        </>
      )}
    </Group>
  );
}
