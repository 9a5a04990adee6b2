import { useQueryClient, type QueryKey, type UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { ProblemError } from '../lib/problem-error';

interface Versioned {
  id: string;
  version: number;
}

interface RecordListActionsOptions<Saved> {
  /** The list to fetch again after "Reload" (a 409 means our copy is stale). */
  listKey: QueryKey;
  archive: UseMutationResult<Saved, Error, Versioned>;
  /** Says it worked (a toast); the dialog closes by itself. */
  onArchived: (saved: Saved) => void;
}

/**
 * The state a list of a partner's records (contacts, goals, agreements) keeps around its cards: the problem from
 * a card's action, shown once above the list with "Reload", and the archive dialog. Spread `archiveDialog` into
 * ConfirmArchiveModal.
 */
export function useRecordListActions<Item extends Versioned, Saved>({ listKey, archive, onArchived }: RecordListActionsOptions<Saved>) {
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<ProblemError | null>(null);
  // The record stays set while the dialog animates closed, so its text does not vanish mid-transition.
  const [archiving, setArchiving] = useState<Item | null>(null);
  const [archiveOpened, setArchiveOpened] = useState(false);

  const reload = () => {
    setProblem(null);
    void queryClient.invalidateQueries({ queryKey: listKey });
  };

  const closeArchive = () => {
    archive.reset();
    setArchiveOpened(false);
  };

  const confirmArchive = () => {
    if (!archiving) return;
    archive.mutate(
      { id: archiving.id, version: archiving.version },
      {
        onSuccess: (saved) => {
          onArchived(saved);
          closeArchive();
        },
      },
    );
  };

  return {
    problem,
    setProblem,
    reload,
    archiving,
    openArchive: (item: Item) => {
      setArchiving(item);
      setArchiveOpened(true);
    },
    archiveDialog: {
      opened: archiveOpened,
      pending: archive.isPending,
      error: archive.error,
      onConfirm: confirmArchive,
      onClose: closeArchive,
      onReload: () => {
        reload();
        closeArchive();
      },
    },
  };
}
