import { CHANNELS, FACTOR_TAG_SIGNS, FACTORS } from '@common-ground/domain';
import { Anchor, Badge, Group, Spoiler, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { TimelineCommunication } from '../api/types';

/** The facts of a logged conversation under its timeline sentence: how, who, what was said, and what it showed. */
export function CommunicationDetails({ communication, partnerId }: { communication: TimelineCommunication; partnerId: string }) {
  const staff = communication.staffParticipants.map((person) => person.name).join(', ');
  const contacts = communication.contactParticipants.map((person) => person.name).join(', ');
  const followUps = communication.followUpCount;
  return (
    <Stack gap={6} mt={4}>
      <Group gap={6} wrap="wrap">
        <Badge variant="light" color="indigo" tt="none">
          {CHANNELS.has(communication.channel) ? CHANNELS.labels[communication.channel] : communication.channel}
        </Badge>
        <Text size="sm" c="dimmed">
          {communication.initiatedBy === 'partner' ? 'The partner got in touch' : 'The library got in touch'} ·{' '}
          {communication.twoWay ? 'Two-way' : 'One-way'} · {communication.substantive ? 'Substantive' : 'In passing'}
        </Text>
      </Group>
      {(staff || contacts) && (
        <Text size="sm">
          {staff && <>Library: {staff}</>}
          {staff && contacts && <br />}
          {contacts && <>Partner: {contacts}</>}
        </Text>
      )}
      {communication.summary && (
        <Spoiler maxHeight={96} showLabel="Show the whole summary" hideLabel="Show less">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {communication.summary}
          </Text>
        </Spoiler>
      )}
      {communication.factorTags.length > 0 && (
        <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Factor tags">
          {communication.factorTags.map((tag) => (
            <li key={tag.factor}>
              <Badge color={tag.sign === 'positive' ? 'green' : 'red'} variant="light" tt="none" style={{ minWidth: 'max-content' }}>
                {tag.sign === 'positive' ? '+' : '−'} {FACTORS.has(tag.factor) ? FACTORS.labels[tag.factor] : tag.factor}:{' '}
                {FACTOR_TAG_SIGNS.has(tag.sign) ? FACTOR_TAG_SIGNS.labels[tag.sign].toLowerCase() : tag.sign}
              </Badge>
              {tag.note && (
                <Text span size="sm" ml={6} style={{ overflowWrap: 'anywhere' }}>
                  {tag.note}
                </Text>
              )}
            </li>
          ))}
        </Stack>
      )}
      {followUps > 0 && (
        <Anchor component={Link} to={`/partners/${partnerId}?tab=follow-ups`} size="sm">
          {followUps === 1 ? '1 follow-up' : `${followUps} follow-ups`}
        </Anchor>
      )}
    </Stack>
  );
}
