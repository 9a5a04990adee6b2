import { AGREEMENT_KINDS } from '@common-ground/domain';
import { Anchor, Badge, Card, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { notifySuccess } from '../../../components/ui/notify';
import { RecordCardActions } from '../../../components/ui/record-card-actions';
import { toProblemError, type ProblemError } from '../../../lib/problem-error';
import { formatDay } from '../../../lib/calendar-day';
import { Fact, FactList } from '../../../components/ui/fact-list';
import { ReviewDueBadge } from '../../../components/ui/review-badge';
import type { Agreement } from '../api/types';
import { useRestoreAgreement } from '../api/use-agreement-mutations';

interface AgreementCardProps {
  agreement: Agreement;
  editable: boolean;
  mayArchive: boolean;
  onEdit: () => void;
  onArchive: () => void;
  onProblem: (problem: ProblemError) => void;
}

/** "Tue 3 Mar 2026 – Wed 3 Mar 2027", "From …", "Until …" or "No dates set". */
export function describePeriod(startsOn: string | null, endsOn: string | null): string {
  if (startsOn && endsOn) return `${formatDay(startsOn)} – ${formatDay(endsOn)}`;
  if (startsOn) return `From ${formatDay(startsOn)}`;
  if (endsOn) return `Until ${formatDay(endsOn)}`;
  return 'No dates set';
}

/** One agreement: what kind, when it runs, when to review it, and the way to the signed document. */
export function AgreementCard({ agreement, editable, mayArchive, onEdit, onArchive, onProblem }: AgreementCardProps) {
  const titleId = useId();
  const restore = useRestoreAgreement(agreement.partnerId);
  const archived = agreement.archivedAt !== null;
  const kindLabel = AGREEMENT_KINDS.has(agreement.kind) ? AGREEMENT_KINDS.labels[agreement.kind] : agreement.kind;

  const restoreAgreement = () =>
    restore.mutate(
      { id: agreement.id, version: agreement.version },
      {
        onSuccess: () => notifySuccess('Agreement restored'),
        onError: (error) => onProblem(toProblemError(error)),
      },
    );

  return (
    <Card component="li" withBorder padding="md" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <div style={{ minWidth: 0 }}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {kindLabel}
            </Text>
            <Text id={titleId} fw={700} style={{ overflowWrap: 'anywhere' }}>
              {agreement.title}
            </Text>
          </div>
          {archived && (
            <Badge color="gray" variant="light" style={{ minWidth: 'max-content' }}>
              Archived
            </Badge>
          )}
        </Group>
        <FactList>
          <Fact label="Runs">{describePeriod(agreement.startsOn, agreement.endsOn)}</Fact>
          <Fact label="Review date">{agreement.reviewOn ? formatDay(agreement.reviewOn) : 'Not set'}</Fact>
          <Fact label="Lists each side's contributions">{agreement.listsContributions ? 'Yes' : 'No'}</Fact>
          <Fact label="Document">
            {agreement.attachmentUrl ? (
              <Anchor href={agreement.attachmentUrl} target="_blank" rel="noopener noreferrer">
                Open the document
                <VisuallyHidden> for {agreement.title} (opens in a new tab)</VisuallyHidden>
              </Anchor>
            ) : (
              'No link added'
            )}
          </Fact>
        </FactList>
        {!archived && <ReviewDueBadge day={agreement.reviewOn} />}
        <RecordCardActions
          archived={archived}
          editable={editable}
          mayArchive={mayArchive}
          describedBy={titleId}
          restoring={restore.isPending}
          onRestore={restoreAgreement}
          onEdit={onEdit}
          onArchive={onArchive}
        />
      </Stack>
    </Card>
  );
}
