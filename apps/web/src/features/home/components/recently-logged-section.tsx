import { CHANNELS } from '@common-ground/domain';
import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import { RecordList } from '../../../components/ui/record-section';
import { RelativeDate } from '../../../components/ui/relative-date';
import type { Communication } from '../../communications/api/types';
import { CommunicationActions } from '../../communications/components/communication-actions';
import { HomeSection } from './home-section';

/** The last few conversations I logged, each leading to its partner's timeline, and each mine to edit or archive. */
export function RecentlyLoggedSection({ communications }: { communications: Communication[] }) {
  return (
    <HomeSection title="What you logged lately">
      {(headingId) =>
        communications.length === 0 ? (
          <Text c="dimmed">
            Nothing logged yet. After your next meeting or call, press “Log a conversation” (or the L key) and it takes
            less than a minute.
          </Text>
        ) : (
          <RecordList labelledBy={headingId}>
            {communications.map((communication) => (
              <RecentItem key={communication.id} communication={communication} />
            ))}
          </RecordList>
        )
      }
    </HomeSection>
  );
}

function RecentItem({ communication }: { communication: Communication }) {
  const followUps = communication.followUps.length;
  const titleId = useId();
  return (
    <Card component="li" withBorder padding="sm" aria-labelledby={titleId}>
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap" justify="space-between">
          <Text fw={600} size="sm" id={titleId}>
            {CHANNELS.labels[communication.channel]} with{' '}
            <Anchor component={Link} to={`/partners/${communication.partnerId}?tab=timeline`} fw={600} size="sm">
              {communication.partner.name}
            </Anchor>
          </Text>
          <RelativeDate value={communication.occurredAt} />
        </Group>
        {communication.summary && (
          <Text size="sm" lineClamp={2} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {communication.summary}
          </Text>
        )}
        {followUps > 0 && (
          <Text size="xs" c="dimmed">
            {followUps === 1 ? '1 follow-up' : `${followUps} follow-ups`}
          </Text>
        )}
        <CommunicationActions communicationId={communication.id} authorId={communication.createdBy} describedBy={titleId} />
      </Stack>
    </Card>
  );
}
