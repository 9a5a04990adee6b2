import { CONTRIBUTION_TYPES, SIDES, type ContributionStage, type ContributionType, type Side } from '@common-ground/domain';
import { Button, Group, NativeSelect, Stack, Switch, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ConfirmArchiveModal } from '../../../components/ui/confirm-archive-modal';
import { ListPager } from '../../../components/ui/list-pager';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { notifySuccess } from '../../../components/ui/notify';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { useRecordListActions } from '../../../hooks/use-record-list-actions';
import { formatDay } from '../../../lib/calendar-day';
import { toProblemError } from '../../../lib/problem-error';
import { useMayArchive } from '../../partners/hooks/use-may-archive';
import { FormDialog, useFormDialog } from '../../value/shared/form-dialog';
import { plural } from '../../value/shared/format';
import { CONTRIBUTIONS_PAGE_SIZE, contributionsKeys, contributionsQueryOptions } from '../api/contributions-queries';
import type { Contribution, ContributionsQuery } from '../api/types';
import { useArchiveContribution, useRestoreContribution } from '../api/use-contribution-mutations';
import { ContributionForm } from './contribution-form';
import { LedgerCards, LedgerTable } from './contribution-ledger';
import { ContributionTotalsView } from './contribution-totals';

export interface ContributionsPanelProps {
  /** On a program page: the program's ledger; the form picks one of the program's partners. */
  programId?: string;
  /** On a partner page: the partnership's ledger; the partner is filled in (and the program is optional). */
  partnerId?: string;
  /** For an archived partner or program: the API refuses changes, so none are offered. */
  readOnly?: boolean;
}

const SIDE_FILTER = [{ value: '', label: 'Both sides' }, ...SIDES.keys.map((key) => ({ value: key, label: SIDES.labels[key] }))];
const TYPE_FILTER = [{ value: '', label: 'All types' }, ...CONTRIBUTION_TYPES.keys.map((key) => ({ value: key, label: CONTRIBUTION_TYPES.labels[key] }))];
const STAGE_FILTER = [
  { value: '', label: 'Planned and given' },
  { value: 'actual', label: 'Given' },
  { value: 'planned', label: 'Planned' },
];

interface Filters {
  side: Side | '';
  type: ContributionType | '';
  stage: ContributionStage | '';
  archived: boolean;
  offset: number;
}

const NO_FILTERS: Filters = { side: '', type: '', stage: '', archived: false, offset: 0 };

/**
 * The contributions ledger of a program or a partner: what each side brought (hours, space, money, volunteers),
 * planned or given, with its value; totals per side and type and the volunteer hours, as the API adds them up.
 */
export function ContributionsPanel({ programId, partnerId, readOnly = false }: ContributionsPanelProps) {
  const headingId = useId();
  const filtersId = useId();
  const scope = { programId, partnerId };
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const query: ContributionsQuery = {
    ...(programId ? { programId } : {}),
    ...(partnerId && !programId ? { partnerId } : {}),
    ...(filters.side ? { side: filters.side } : {}),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.stage ? { stage: filters.stage } : {}),
    archived: filters.archived ? 'all' : 'false',
    sort: '-contributedOn',
    limit: CONTRIBUTIONS_PAGE_SIZE,
    offset: filters.offset,
  };
  const ledger = useQuery(contributionsQueryOptions(query));
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const mayArchive = useMayArchive();
  const restore = useRestoreContribution();
  const actions = useRecordListActions<Contribution, Contribution>({
    listKey: contributionsKeys.all,
    archive: useArchiveContribution(),
    onArchived: () => notifySuccess('Contribution archived'),
  });
  // The dialog: 'new' adding, or the line being edited.
  const dialog = useFormDialog<Contribution | 'new'>();
  const open = dialog.open;
  const filter = (change: Partial<Filters>) => setFilters((current) => ({ ...current, offset: 0, ...change }));
  const filtered = filters.side !== '' || filters.type !== '' || filters.stage !== '';

  const restoreLine = (line: Contribution) =>
    restore.mutate(
      { id: line.id, version: line.version },
      { onSuccess: () => notifySuccess('Contribution restored'), onError: (error) => actions.setProblem(toProblemError(error)) },
    );

  const List = isPhone ? LedgerCards : LedgerTable;
  const data = ledger.data;

  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Title order={2} id={headingId}>
          Contributions
        </Title>
        {!readOnly && <Button onClick={() => open('new')}>Add a contribution</Button>}
      </Group>

      <Group component="div" role="group" aria-labelledby={filtersId} gap="sm" align="flex-end" wrap="wrap">
        <Text id={filtersId} size="sm" fw={600} w="100%">
          Show
        </Text>
        <NativeSelect label="Side" data={SIDE_FILTER} value={filters.side} onChange={(event) => filter({ side: event.currentTarget.value as Side | '' })} miw={150} />
        <NativeSelect label="Type" data={TYPE_FILTER} value={filters.type} onChange={(event) => filter({ type: event.currentTarget.value as ContributionType | '' })} miw={180} />
        <NativeSelect
          label="Planned or given"
          data={STAGE_FILTER}
          value={filters.stage}
          onChange={(event) => filter({ stage: event.currentTarget.value as ContributionStage | '' })}
          miw={170}
        />
      </Group>

      {actions.problem && (
        <ProblemAlert problem={actions.problem} title="That change wasn't saved" onReload={actions.reload} reloadLabel="Reload" onClose={() => actions.setProblem(null)} />
      )}

      {ledger.isPending ? (
        <ListSkeleton rows={3} label="Loading contributions" />
      ) : ledger.isError ? (
        <ProblemAlert problem={toProblemError(ledger.error)} title="Contributions didn't load" onRetry={() => void ledger.refetch()} />
      ) : (
        <Stack gap="md" aria-busy={ledger.isPlaceholderData || undefined}>
          {data && data.total > 0 && (
            <ContributionTotalsView totals={data.totals} caption={totalsCaption(data.total, filters.stage)} />
          )}
          {data && data.items.length === 0 ? (
            <Text c="dimmed">
              {filtered
                ? 'No contributions match these filters.'
                : 'No contributions yet — record what each side brings: expertise, space, promotion, funding, volunteers, staff time or materials.'}
            </Text>
          ) : (
            data && (
              <div>
                <Title order={3} size="h4" id={`${headingId}-ledger`} mb="xs">
                  Ledger
                </Title>
                <List
                  lines={data.items}
                  scope={scope}
                  labelledBy={`${headingId}-ledger`}
                  editable={!readOnly}
                  mayArchive={mayArchive}
                  restoringId={restore.isPending ? (restore.variables?.id ?? null) : null}
                  onEdit={open}
                  onArchive={actions.openArchive}
                  onRestore={restoreLine}
                />
                <ListPager
                  offset={filters.offset}
                  limit={CONTRIBUTIONS_PAGE_SIZE}
                  total={data.total}
                  itemLabel="contributions"
                  onOffsetChange={(offset) => setFilters((current) => ({ ...current, offset }))}
                />
              </div>
            )
          )}
        </Stack>
      )}

      <Switch label="Show archived contributions" checked={filters.archived} onChange={(event) => filter({ archived: event.currentTarget.checked })} />

      <FormDialog opened={dialog.opened} title={dialog.target === 'new' ? 'Add a contribution' : 'Edit contribution'} onClose={dialog.close}>
        {(controls) => <ContributionForm key={dialog.session} scope={scope} line={dialog.target === 'new' || dialog.target === null ? undefined : dialog.target} {...controls} />}
      </FormDialog>
      <ConfirmArchiveModal {...actions.archiveDialog} title="Archive this contribution?" confirmLabel="Archive contribution">
        {actions.archiving &&
          `${CONTRIBUTION_TYPES.labels[actions.archiving.type]} of ${formatDay(actions.archiving.contributedOn)} will no longer count in the totals.`}
      </ConfirmArchiveModal>
    </Stack>
  );
}

function totalsCaption(total: number, stage: ContributionStage | ''): string {
  const lines = plural(total, 'line', 'lines');
  if (stage === 'actual') return `What was given: ${lines} matching the filters.`;
  if (stage === 'planned') return `What is planned: ${lines} matching the filters.`;
  return `${lines} matching the filters, planned and given added together. Choose “Given” to see only what was actually contributed.`;
}
