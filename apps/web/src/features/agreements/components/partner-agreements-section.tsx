import { Button, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { notifySuccess } from '../../../components/ui/notify';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import type { Partner } from '../../../lib/api-types';
import { toProblemError, type ProblemError } from '../../../lib/problem-error';
import { ConfirmArchiveModal } from '../../goals/shared/confirm-archive-modal';
import { useMayArchive } from '../../goals/shared/may-archive';
import { agreementsKeys, partnerAgreementsQueryOptions } from '../api/agreements-queries';
import type { Agreement } from '../api/types';
import { useArchiveAgreement } from '../api/use-agreement-mutations';
import { AgreementCard } from './agreement-card';
import { AgreementForm } from './agreement-form';

/** The partner page's "Agreements": MOUs, contracts, letters and informal understandings, with review dates. */
export function PartnerAgreementsSection({ partner }: { partner: Partner }) {
  const headingId = useId();
  const queryClient = useQueryClient();
  const [showArchived, setShowArchived] = useState(false);
  const agreements = useQuery(partnerAgreementsQueryOptions(partner.id, showArchived ? 'all' : 'false'));
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  // The agreement stays set while the dialog animates closed, so its title does not vanish mid-transition.
  const [archiving, setArchiving] = useState<Agreement | null>(null);
  const [archiveOpened, setArchiveOpened] = useState(false);
  const [actionProblem, setActionProblem] = useState<ProblemError | null>(null);
  const archive = useArchiveAgreement(partner.id);
  const mayArchive = useMayArchive();
  const editable = partner.archivedAt === null;

  const reload = () => {
    setActionProblem(null);
    void queryClient.invalidateQueries({ queryKey: agreementsKeys.partner(partner.id) });
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
        onSuccess: () => {
          notifySuccess('Agreement archived');
          closeArchive();
        },
      },
    );
  };

  const items = agreements.data
    ? [...agreements.data.items].sort((a, b) => Number(a.archivedAt !== null) - Number(b.archivedAt !== null))
    : [];

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Title order={2} id={headingId}>
          Agreements
        </Title>
        {editable && !adding && (
          <Button variant="default" onClick={() => setAdding(true)}>
            Add an agreement
          </Button>
        )}
      </Group>

      {adding && <AgreementForm partnerId={partner.id} onDone={() => setAdding(false)} />}

      {actionProblem && (
        <ProblemAlert problem={actionProblem} title="That change wasn't saved" onReload={reload} reloadLabel="Reload" onClose={() => setActionProblem(null)} />
      )}

      {agreements.isPending ? (
        <ListSkeleton rows={2} label="Loading agreements" />
      ) : agreements.isError ? (
        <ProblemAlert problem={toProblemError(agreements.error)} title="Agreements didn't load" onRetry={() => void agreements.refetch()} />
      ) : items.length === 0 ? (
        <Text c="dimmed">
          {showArchived
            ? 'No agreements, in use or archived.'
            : 'No agreements recorded yet — add an MOU, contract, letter or informal understanding.'}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} aria-labelledby={headingId} style={{ listStyle: 'none' }}>
          {items.map((agreement) =>
            editingId === agreement.id ? (
              <li key={agreement.id}>
                <AgreementForm partnerId={partner.id} agreement={agreement} onDone={() => setEditingId(null)} />
              </li>
            ) : (
              <AgreementCard
                key={agreement.id}
                agreement={agreement}
                editable={editable}
                mayArchive={mayArchive(agreement)}
                onEdit={() => setEditingId(agreement.id)}
                onArchive={() => {
                  setArchiving(agreement);
                  setArchiveOpened(true);
                }}
                onProblem={setActionProblem}
              />
            ),
          )}
        </Stack>
      )}

      <Switch label="Show archived agreements" checked={showArchived} onChange={(event) => setShowArchived(event.currentTarget.checked)} />

      <ConfirmArchiveModal
        opened={archiveOpened}
        title="Archive this agreement?"
        confirmLabel="Archive agreement"
        pending={archive.isPending}
        error={archive.error}
        onConfirm={confirmArchive}
        onClose={closeArchive}
        onReload={() => {
          reload();
          closeArchive();
        }}
      >
        “{archiving?.title}” will no longer count toward this partner’s review dates.
      </ConfirmArchiveModal>
    </Stack>
  );
}
