import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import { RecordList } from '../../../components/ui/record-section';
import { RelativeDate } from '../../../components/ui/relative-date';
import type { QuickLogPartner } from '../../communications/quick-log-context';
import type { QuietPartner } from '../api/types';
import { HomeSection } from './home-section';

const dayCount = (days: number) => (days === 1 ? '1 day' : `${days} days`);

/** Why the partner is listed, in words: the colour of the badge is never the only signal. */
export function quietReason(partner: QuietPartner): string {
  const cadence = `you agreed to be in touch every ${dayCount(partner.cadenceDays)}`;
  if (partner.state === 'quiet') {
    const beyond = partner.daysSinceContact - partner.cadenceDays;
    return `No two-way conversation for ${dayCount(partner.daysSinceContact)}; ${cadence}, so it is ${dayCount(beyond)} past that.`;
  }
  const left = partner.cadenceDays - partner.daysSinceContact;
  return `${dayCount(partner.daysSinceContact)} since the last two-way conversation; ${cadence}, so ${left <= 0 ? 'today is the day' : `${dayCount(left)} left`}.`;
}

/** Partners I am liaison for that are quiet or about to be, most overdue first, each one tap from a log. */
export function QuietPartnersSection({ partners, onLog }: { partners: QuietPartner[]; onLog: (partner: QuickLogPartner) => void }) {
  return (
    <HomeSection title="Partners going quiet" count={partners.length} countColor="orange">
      {(headingId) =>
        partners.length === 0 ? (
          <Text c="dimmed">Every partner you look after has heard from you within the agreed time.</Text>
        ) : (
          <RecordList labelledBy={headingId}>
            {partners.map((item) => (
              <QuietPartnerItem key={item.partner.id} item={item} onLog={() => onLog(item.partner)} />
            ))}
          </RecordList>
        )
      }
    </HomeSection>
  );
}

function QuietPartnerItem({ item, onLog }: { item: QuietPartner; onLog: () => void }) {
  const nameId = useId();
  const quiet = item.state === 'quiet';
  return (
    <Card component="li" withBorder padding="sm" aria-labelledby={nameId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={4} miw={0}>
          <Group gap="xs" wrap="wrap">
            <Anchor id={nameId} component={Link} to={`/partners/${item.partner.id}`} fw={600}>
              {item.partner.name}
            </Anchor>
            <Badge color={quiet ? 'red' : 'orange'} variant="light" style={{ minWidth: 'max-content' }}>
              {quiet ? 'Quiet' : 'Going quiet'}
            </Badge>
          </Group>
          <Text size="sm">{quietReason(item)}</Text>
          <Text size="sm" c="dimmed" component="div">
            Last contact:{' '}
            {item.lastContactAt ? <RelativeDate value={item.lastContactAt} /> : <Text span size="sm">none logged yet</Text>}
          </Text>
        </Stack>
        <Button variant="default" size="xs" onClick={onLog} aria-label={`Log a conversation with ${item.partner.name}`} style={{ flexShrink: 0 }}>
          Log
        </Button>
      </Group>
    </Card>
  );
}
