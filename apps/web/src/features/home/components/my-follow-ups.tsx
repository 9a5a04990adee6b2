import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { notifySuccess } from '../../../components/ui/notify';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { RecordList } from '../../../components/ui/record-section';
import { formatDay } from '../../../lib/calendar-day';
import { toProblemError, type ProblemError } from '../../../lib/problem-error';
import { useMarkFollowUpDone } from '../../commitments/api/use-commitment-mutations';
import type { Commitment } from '../../commitments/api/types';
import { dueText } from '../../commitments/commitment-words';
import type { MyDay } from '../api/types';
import { HomeSection } from './home-section';

interface DoneProblem {
  description: string;
  problem: ProblemError;
}

/** My overdue follow-ups and those due in the next seven days, each done in one click. */
export function MyFollowUps({ day }: { day: MyDay }) {
  const done = useMarkFollowUpDone();
  const [problem, setProblem] = useState<DoneProblem | null>(null);

  const markDone = (commitment: Commitment) => {
    setProblem(null);
    done.mutate(commitment, {
      onSuccess: () => notifySuccess(`Marked “${commitment.description}” done`),
      onError: (error) => setProblem({ description: commitment.description, problem: toProblemError(error) }),
    });
  };

  return (
    <Stack gap="xl">
      {problem && <DoneProblemAlert {...problem} onClose={() => setProblem(null)} />}
      <HomeSection title="Overdue follow-ups" count={day.overdueFollowUps.length} countColor="red">
        {(headingId) =>
          day.overdueFollowUps.length === 0 ? (
            <Text c="dimmed">Nothing overdue. Every follow-up you own is on time.</Text>
          ) : (
            <FollowUpList labelledBy={headingId} items={day.overdueFollowUps} today={day.today} onDone={markDone} />
          )
        }
      </HomeSection>
      <HomeSection title="Due this week" count={day.dueThisWeek.length} countColor="blue">
        {(headingId) =>
          day.dueThisWeek.length === 0 ? (
            <Text c="dimmed">Nothing due in the next seven days.</Text>
          ) : (
            <FollowUpList labelledBy={headingId} items={day.dueThisWeek} today={day.today} onDone={markDone} />
          )
        }
      </HomeSection>
    </Stack>
  );
}

function DoneProblemAlert({ description, problem, onClose }: DoneProblem & { onClose: () => void }) {
  if (problem.isConflict) {
    return (
      <Alert color="orange" variant="light" title="Someone else changed this follow-up" role="alert" withCloseButton closeButtonLabel="Dismiss" onClose={onClose}>
        <Text size="sm">
          “{description}” was changed by someone else after this page loaded, so it wasn’t marked done. The list now
          shows the latest; if it still needs doing, mark it done again.
        </Text>
      </Alert>
    );
  }
  return <ProblemAlert problem={problem} title={`“${description}” wasn’t marked done`} onClose={onClose} />;
}

interface FollowUpListProps {
  labelledBy: string;
  items: Commitment[];
  today: string;
  onDone: (commitment: Commitment) => void;
}

function FollowUpList({ labelledBy, items, today, onDone }: FollowUpListProps) {
  return (
    <RecordList labelledBy={labelledBy}>
      {items.map((commitment) => (
        <FollowUpItem key={commitment.id} commitment={commitment} today={today} onDone={() => onDone(commitment)} />
      ))}
    </RecordList>
  );
}

function FollowUpItem({ commitment, today, onDone }: { commitment: Commitment; today: string; onDone: () => void }) {
  const textId = useId();
  const overdue = commitment.dueOn < today;
  return (
    <Card component="li" withBorder padding="sm" aria-labelledby={textId}>
      <Group justify="space-between" align="center" wrap="nowrap" gap="sm">
        <Stack gap={4} miw={0}>
          <Text id={textId} fw={600} style={{ overflowWrap: 'anywhere' }}>
            {commitment.description}
          </Text>
          <Anchor component={Link} to={`/partners/${commitment.partnerId}?tab=follow-ups`} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {commitment.partner.name}
          </Anchor>
          <Group gap={6} wrap="wrap">
            {overdue ? (
              <Badge color="red" variant="light" style={{ minWidth: 'max-content' }}>
                {dueText(commitment.dueOn, today)}
              </Badge>
            ) : (
              <Text size="sm">{dueText(commitment.dueOn, today)}</Text>
            )}
            <Text size="sm" c="dimmed">
              {formatDay(commitment.dueOn)}
            </Text>
          </Group>
        </Stack>
        <Button variant="light" onClick={onDone} aria-describedby={textId} style={{ flexShrink: 0 }}>
          Done
        </Button>
      </Group>
    </Card>
  );
}
