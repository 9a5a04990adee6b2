import { Alert, Button, Group, Text } from '@mantine/core';
import type { ProblemError } from '../../lib/problem-error';

interface ProblemAlertProps {
  problem: ProblemError;
  /** Heading in the app's words; defaults to the problem's own title. */
  title?: string;
  /** Offered for conflicts: someone else changed the record, so the fix is to look at the latest version. */
  onReload?: () => void;
  reloadLabel?: string;
  onRetry?: () => void;
  onClose?: () => void;
}

/** A problem that is not about one field: the server's detail in words, and what to try next. */
export function ProblemAlert({ problem, title, onReload, reloadLabel = 'Reload the latest version', onRetry, onClose }: ProblemAlertProps) {
  const showReload = onReload !== undefined && problem.isConflict;
  return (
    <Alert
      color="red"
      variant="light"
      title={title ?? problem.title}
      withCloseButton={onClose !== undefined}
      closeButtonLabel="Dismiss"
      onClose={onClose}
    >
      <Text size="sm">{problem.detail}</Text>
      {(showReload || onRetry) && (
        <Group mt="sm" gap="sm">
          {showReload && (
            <Button size="xs" variant="default" onClick={onReload}>
              {reloadLabel}
            </Button>
          )}
          {onRetry && (
            <Button size="xs" variant="default" onClick={onRetry}>
              Try again
            </Button>
          )}
        </Group>
      )}
      {problem.problem.traceId && (
        <Text size="xs" c="dimmed" mt="xs">
          Reference for support: {problem.problem.traceId}
        </Text>
      )}
    </Alert>
  );
}
