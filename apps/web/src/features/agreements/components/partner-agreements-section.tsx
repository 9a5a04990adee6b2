import { Button } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmArchiveModal } from '../../../components/ui/confirm-archive-modal';
import { notifySuccess } from '../../../components/ui/notify';
import { RecordList, RecordSection } from '../../../components/ui/record-section';
import { useRecordListActions } from '../../../hooks/use-record-list-actions';
import type { Partner } from '../../../lib/api-types';
import { archivedLast } from '../../../lib/records';
import { useMayArchive } from '../../partners/hooks/use-may-archive';
import { agreementsKeys, partnerAgreementsQueryOptions } from '../api/agreements-queries';
import type { Agreement } from '../api/types';
import { useArchiveAgreement } from '../api/use-agreement-mutations';
import { AgreementCard } from './agreement-card';
import { AgreementForm } from './agreement-form';

/** The partner page's "Agreements": MOUs, contracts, letters and informal understandings, with review dates. */
export function PartnerAgreementsSection({ partner }: { partner: Partner }) {
  const [showArchived, setShowArchived] = useState(false);
  const agreements = useQuery(partnerAgreementsQueryOptions(partner.id, showArchived ? 'all' : 'false'));
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const actions = useRecordListActions<Agreement, Agreement>({
    listKey: agreementsKeys.partner(partner.id),
    archive: useArchiveAgreement(partner.id),
    onArchived: () => notifySuccess('Agreement archived'),
  });
  const mayArchive = useMayArchive();
  const editable = partner.archivedAt === null;
  const items = agreements.data ? archivedLast(agreements.data.items) : [];

  return (
    <RecordSection
      title="Agreements"
      action={
        editable &&
        !adding && (
          <Button variant="default" onClick={() => setAdding(true)}>
            Add an agreement
          </Button>
        )
      }
      addForm={adding && <AgreementForm partnerId={partner.id} onDone={() => setAdding(false)} />}
      actionProblem={actions.problem}
      onReload={actions.reload}
      onDismissProblem={() => actions.setProblem(null)}
      query={agreements}
      skeletonRows={2}
      loadingLabel="Loading agreements"
      errorTitle="Agreements didn't load"
      empty={items.length === 0}
      emptyText={
        showArchived
          ? 'No agreements, in use or archived.'
          : 'No agreements recorded yet — add an MOU, contract, letter or informal understanding.'
      }
      renderList={(headingId) => (
        <RecordList labelledBy={headingId}>
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
                onArchive={() => actions.openArchive(agreement)}
                onProblem={actions.setProblem}
              />
            ),
          )}
        </RecordList>
      )}
      archivedToggle={{ label: 'Show archived agreements', checked: showArchived, onChange: setShowArchived }}
    >
      <ConfirmArchiveModal {...actions.archiveDialog} title="Archive this agreement?" confirmLabel="Archive agreement">
        “{actions.archiving?.title}” will no longer count toward this partner’s review dates.
      </ConfirmArchiveModal>
    </RecordSection>
  );
}
