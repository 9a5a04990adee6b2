import { Alert, Text } from '@mantine/core';
import { ProblemAlert } from './problem-alert';
import type { ProblemError } from '../../lib/problem-error';

interface SaveProblemAlertProps {
  problem: ProblemError | null;
  reloaded: boolean;
  title: string;
  /** Fetches the latest version (a 409 means someone else saved first). */
  onReload: () => void;
}

/** What went wrong saving a record, with "Reload" for a conflict; after reloading, says the typed values remain. */
export function SaveProblemAlert({ problem, reloaded, title, onReload }: SaveProblemAlertProps) {
  if (problem) return <ProblemAlert problem={problem} title={title} onReload={onReload} reloadLabel="Reload" />;
  if (!reloaded) return null;
  return (
    <Alert color="blue" variant="light" title="Loaded the latest version" role="status">
      <Text size="sm">
        What you typed is still in the form. Save again to apply it on top of the latest version, or cancel to see
        the latest version as it is.
      </Text>
    </Alert>
  );
}
