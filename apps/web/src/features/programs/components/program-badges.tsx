import { Badge } from '@mantine/core';
import { PROGRAM_STATUSES, PROGRAM_STATUS_REASONS, type ProgramStatus, type ProgramStatusReason } from '@common-ground/domain';
import { STATUS_COLORS } from '../program-labels';

/**
 * The status in words (with its reason when cancelled or postponed); the colour only helps scanning. Beside a long
 * title on a phone it may wrap between its words but never shrinks below the longest one ("Plan…").
 */
export function ProgramStatusBadge({ status, reason = null }: { status: ProgramStatus; reason?: ProgramStatusReason | null }) {
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant="light"
      tt="none"
      style={{ height: 'auto', minWidth: 'min-content' }}
      styles={{ label: { whiteSpace: 'normal', overflow: 'visible' } }}
    >
      {PROGRAM_STATUSES.labels[status]}
      {reason ? ` · ${PROGRAM_STATUS_REASONS.labels[reason]}` : ''}
    </Badge>
  );
}

export function ArchivedBadge() {
  return (
    <Badge color="gray" variant="outline" tt="none">
      Archived
    </Badge>
  );
}
