import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { formatDateTime } from '../../../lib/format-date';
import { formatDay, todayCalendarDay } from '../../../lib/calendar-day';
import type { Commitment } from '../api/types';
import { dueText, ownerText, STATUS_COLORS, statusText } from '../commitment-words';

type ClosingStatus = 'done' | 'missed' | 'cancelled';

interface FollowUpCardProps {
  commitment: Commitment;
  editable: boolean;
  /** False where the program is already the page's subject (a role's duties). */
  showProgram?: boolean;
  /** The status being saved for this card, if any. */
  pendingStatus: string | null;
  onClose: (status: ClosingStatus) => void;
  onReopen: () => void;
}

/** One follow-up on the partner's tab: what, who, when, its status in words, and the changes it allows. */
export function FollowUpCard({ commitment, editable, showProgram = true, pendingStatus, onClose, onReopen }: FollowUpCardProps) {
  const textId = useId();
  const open = commitment.status === 'open';
  const today = todayCalendarDay();
  const overdue = open && commitment.dueOn < today;
  return (
    <Card component="li" withBorder padding="sm" aria-labelledby={textId}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Text id={textId} fw={600} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            {commitment.description}
          </Text>
          <Badge color={overdue ? 'red' : STATUS_COLORS[commitment.status]} variant="light" style={{ minWidth: 'max-content' }}>
            {overdue ? 'Overdue' : statusText(commitment)}
          </Badge>
        </Group>
        <Text size="sm">
          {commitment.ownerSide === 'library' ? 'Library' : 'Partner'}: {ownerText(commitment)}
        </Text>
        {showProgram && commitment.program && (
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            For the program {commitment.program.title}
          </Text>
        )}
        <Text size="sm" c={overdue ? undefined : 'dimmed'}>
          Due {formatDay(commitment.dueOn)}
          {open && ` · ${dueText(commitment.dueOn, today)}`}
        </Text>
        {!open && commitment.statusChangedAt && (
          <Text size="xs" c="dimmed">
            {statusText(commitment)}
            {commitment.completedOn ? ` on ${formatDay(commitment.completedOn)}` : ''} · marked by {commitment.statusChangedBy?.name ?? 'Common Ground'}, {formatDateTime(commitment.statusChangedAt)}
          </Text>
        )}
        {commitment.statusReason && (
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            Reason: {commitment.statusReason}
          </Text>
        )}
        {editable && (
          <Group gap="xs" wrap="wrap">
            {open ? (
              <>
                <Button size="xs" variant="light" onClick={() => onClose('done')} loading={pendingStatus === 'done'} aria-describedby={textId}>
                  Mark done
                </Button>
                <Button size="xs" variant="default" onClick={() => onClose('missed')} loading={pendingStatus === 'missed'} aria-describedby={textId}>
                  Mark missed
                </Button>
                <Button size="xs" variant="default" onClick={() => onClose('cancelled')} loading={pendingStatus === 'cancelled'} aria-describedby={textId}>
                  Cancelled by agreement
                </Button>
              </>
            ) : (
              <Button size="xs" variant="default" onClick={onReopen} aria-describedby={textId}>
                Reopen
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
