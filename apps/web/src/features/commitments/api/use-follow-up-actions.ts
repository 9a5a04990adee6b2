import { useState } from 'react';
import { notifySuccess } from '../../../components/ui/notify';
import { toProblemError, type ProblemError } from '../../../lib/problem-error';
import type { Commitment } from './types';
import { useUpdateCommitment } from './use-commitment-mutations';

export const CLOSED_WORDS = { done: 'done', missed: 'missed', cancelled: 'cancelled by agreement' } as const;
export type ClosingStatus = keyof typeof CLOSED_WORDS;

/**
 * What a list of one partner's follow-ups (the partner's tab, a role's duties on a program) does with them: close
 * one (done, missed, cancelled), reopen one with a reason (spread `reopenModal` into ReopenFollowUpModal), and keep
 * the refusal of the last change to show once above the list.
 */
export function useFollowUpActions(partnerId: string) {
  const update = useUpdateCommitment(partnerId);
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const [reopening, setReopening] = useState<Commitment | null>(null);
  const [reopenOpened, setReopenOpened] = useState(false);

  const close = (commitment: Commitment, status: ClosingStatus) => {
    setProblem(null);
    update.mutate(
      { id: commitment.id, version: commitment.version, status },
      {
        onSuccess: () => notifySuccess(`Marked “${commitment.description}” ${CLOSED_WORDS[status]}`),
        onError: (error) => setProblem(toProblemError(error)),
      },
    );
  };

  const reopen = (reason: string, handlers: { onError: (error: unknown) => void }) => {
    if (!reopening) return;
    update.mutate(
      { id: reopening.id, version: reopening.version, status: 'open', reason },
      {
        onSuccess: () => {
          notifySuccess(`Reopened “${reopening.description}”`);
          setReopenOpened(false);
        },
        onError: handlers.onError,
      },
    );
  };

  return {
    problem,
    setProblem,
    close,
    /** The status being saved for this follow-up, if any (its button shows as loading). */
    pendingFor: (commitment: Commitment) => (update.isPending && update.variables?.id === commitment.id ? (update.variables.status ?? null) : null),
    startReopen: (commitment: Commitment) => {
      update.reset();
      setReopening(commitment);
      setReopenOpened(true);
    },
    reopenModal: {
      commitment: reopening,
      opened: reopenOpened,
      pending: update.isPending,
      onReopen: reopen,
      onClose: () => setReopenOpened(false),
    },
  };
}
