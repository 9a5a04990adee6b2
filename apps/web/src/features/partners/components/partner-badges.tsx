import { PARTNER_STAGES, type PartnerStage } from '@common-ground/domain';
import { Badge, Group, Text } from '@mantine/core';
import type { Partner } from '../../../lib/api-types';
import { STAGE_COLORS, formatDay } from '../partner-labels';

// Never squeezed to "ACTI…" in a narrow column.
const FULL_WIDTH = { minWidth: 'max-content' };

/** The stage in words, with its colour as a second cue (never the only one). */
export function PartnerStageBadge({ stage }: { stage: PartnerStage }) {
  return (
    <Badge color={STAGE_COLORS[stage]} variant="light" style={FULL_WIDTH}>
      {PARTNER_STAGES.labels[stage]}
    </Badge>
  );
}

export function ArchivedBadge() {
  return (
    <Badge color="gray" variant="outline" style={FULL_WIDTH}>
      Archived
    </Badge>
  );
}

/** "Tue 3 Mar 2026" with a "Due" badge when a review falls within the look-ahead window or is overdue. */
export function NextReview({ partner, empty = '—' }: { partner: Pick<Partner, 'nextReviewOn' | 'needsReview'>; empty?: string }) {
  if (!partner.nextReviewOn) {
    return (
      <Text span size="sm">
        {empty}
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="nowrap" component="span">
      <Text component="time" dateTime={partner.nextReviewOn} size="sm" style={{ whiteSpace: 'nowrap' }}>
        {formatDay(partner.nextReviewOn)}
      </Text>
      {partner.needsReview && (
        <Badge color="red" variant="light" size="sm" style={FULL_WIDTH}>
          Due
        </Badge>
      )}
    </Group>
  );
}
