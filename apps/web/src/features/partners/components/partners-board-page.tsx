import { PARTNER_STAGES, type PartnerStage } from '@common-ground/domain';
import { Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useCallback, useState } from 'react';
import { notifyFailure } from '../../../components/ui/notify';
import { PageHeader } from '../../../components/ui/page-header';
import type { Partner } from '../../../lib/api-types';
import { toProblemError } from '../../../lib/problem-error';
import { useMovePartnerStage } from '../api/use-move-partner-stage';
import { BoardColumn, type FocusTarget } from './board-column';
import classes from './partners-board.module.css';
import { PartnersPageActions } from './partners-view-switch';

/**
 * The portfolio by stage: one column per stage in the order partnerships move through them. Moving a card
 * changes the partner's stage at once; a refusal puts it back and says why.
 */
export function PartnersBoardPage() {
  useDocumentTitle('Partners by stage – Common Ground');
  const move = useMovePartnerStage();
  const [dragging, setDragging] = useState<Partner | null>(null);
  // Where focus should land next: the moved card in its new column (or back in its old one after a refusal).
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const clearFocus = useCallback(() => setFocusTarget(null), []);

  const movePartner = (partner: Partner, stage: PartnerStage) => {
    setDragging(null);
    if (stage === partner.stage) return;
    const to = PARTNER_STAGES.labels[stage];
    setFocusTarget({ id: partner.id, stage });
    setAnnouncement(`Moving ${partner.name} to ${to}…`);
    move.mutate(
      { partner, stage },
      {
        onSuccess: () => setAnnouncement(`Moved ${partner.name} to ${to}`),
        onError: (error) => {
          const problem = toProblemError(error);
          const back = PARTNER_STAGES.labels[partner.stage];
          setAnnouncement(`${partner.name} wasn't moved; it is back in ${back}.`);
          setFocusTarget({ id: partner.id, stage: partner.stage });
          if (problem.isConflict) {
            notifyFailure(
              `${partner.name} wasn't moved`,
              'Someone else changed this partner after the board loaded. The board now shows the latest; try the move again if it is still needed.',
            );
          } else {
            notifyFailure(`${partner.name} wasn't moved`, problem.detail);
          }
        },
      },
    );
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title="Partners by stage"
        description="Drag a card to another stage, or use its Move button."
        actions={<PartnersPageActions current="board" />}
      >
        {/* Always in the page, so screen readers announce each change of its text. */}
        <Text role="status" aria-live="polite" size="sm" fw={600} mih="1.5em" mt={4}>
          {announcement}
        </Text>
      </PageHeader>

      <div className={classes.board}>
        {PARTNER_STAGES.keys.map((stage) => (
          <BoardColumn
            key={stage}
            stage={stage}
            dragging={dragging}
            onMove={movePartner}
            onDragStart={setDragging}
            onDragEnd={() => setDragging(null)}
            focusTarget={focusTarget}
            onFocused={clearFocus}
          />
        ))}
      </div>
    </Stack>
  );
}
