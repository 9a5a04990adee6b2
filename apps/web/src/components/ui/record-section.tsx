import { Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { toProblemError, type ProblemError } from '../../lib/problem-error';
import { ListSkeleton } from './list-skeleton';
import { ProblemAlert } from './problem-alert';

/** What the section needs to know about its list query; the section fetches nothing itself. */
interface ListQueryState {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

interface RecordSectionProps {
  title: string;
  /** The header's add button (absent when the partner is archived). */
  action?: ReactNode;
  /** Between the header and the list: an inline add form, when open. */
  addForm?: ReactNode;
  /** A card action that failed; shown once, above the list, with "Reload". */
  actionProblem: ProblemError | null;
  onReload: () => void;
  onDismissProblem: () => void;
  query: ListQueryState;
  loadingLabel: string;
  skeletonRows: number;
  errorTitle: string;
  empty: boolean;
  emptyText: string;
  /** The list itself; label it with the heading's id. */
  renderList: (headingId: string) => ReactNode;
  /** Below the list, above the toggle. */
  note?: ReactNode;
  archivedToggle: { label: string; checked: boolean; onChange: (checked: boolean) => void };
  /** Dialogs. */
  children?: ReactNode;
}

/**
 * The shell of a partner's record list (contacts, goals, agreements): heading and add button, the failed-action
 * alert, loading / failed / empty / list states, and the "show archived" switch, so the three read alike.
 */
export function RecordSection(props: RecordSectionProps) {
  const { title, action, addForm, actionProblem, onReload, onDismissProblem, query, archivedToggle, children } = props;
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Title order={2} id={headingId}>
          {title}
        </Title>
        {action}
      </Group>

      {addForm}

      {actionProblem && (
        <ProblemAlert problem={actionProblem} title="That change wasn't saved" onReload={onReload} reloadLabel="Reload" onClose={onDismissProblem} />
      )}

      {query.isPending ? (
        <ListSkeleton rows={props.skeletonRows} label={props.loadingLabel} />
      ) : query.isError ? (
        <ProblemAlert problem={toProblemError(query.error)} title={props.errorTitle} onRetry={() => void query.refetch()} />
      ) : props.empty ? (
        <Text c="dimmed">{props.emptyText}</Text>
      ) : (
        props.renderList(headingId)
      )}

      {props.note}
      <Switch label={archivedToggle.label} checked={archivedToggle.checked} onChange={(event) => archivedToggle.onChange(event.currentTarget.checked)} />

      {children}
    </Stack>
  );
}

/** A one-column list of record cards (or an inline form in place of the card being edited). */
export function RecordList({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <Stack component="ul" gap="sm" p={0} m={0} aria-labelledby={labelledBy} style={{ listStyle: 'none' }}>
      {children}
    </Stack>
  );
}
