import { Anchor, Group, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { EvidenceUnit } from '../api/types';
import { evidenceRecordPath } from '../health-words';

/** "+0.29" or "−0.11": how far a piece of evidence moved the score from the midpoint. */
function formatContribution(contribution: number): string {
  const rounded = contribution.toFixed(2);
  if (rounded === '0.00' || rounded === '-0.00') return '±0.00';
  return contribution > 0 ? `+${rounded}` : `−${rounded.slice(1)}`;
}

/** The strongest pieces of evidence as sentences, each with links to the records it rests on. */
export function EvidenceList({ partnerId, units }: { partnerId: string; units: EvidenceUnit[] }) {
  if (units.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No evidence yet: nothing logged or answered counts toward this factor.
      </Text>
    );
  }
  return (
    <List spacing="xs" size="sm">
      {units.map((unit) => (
        <List.Item key={unit.key}>
          <Text size="sm" span>
            {unit.sentence}{' '}
            <Text span size="xs" c="dimmed">
              ({formatContribution(unit.contribution)} to the score)
            </Text>
          </Text>
          {unit.records.length > 0 && (
            <Group gap="xs" component="span" wrap="wrap" display="flex">
              {unit.records.map((record) => (
                <Anchor key={`${record.type}:${record.id}`} component={Link} to={evidenceRecordPath(partnerId, record)} size="sm">
                  {record.label}
                </Anchor>
              ))}
              {unit.recordCount > unit.records.length && (
                <Text span size="sm" c="dimmed">
                  and {unit.recordCount - unit.records.length} older
                </Text>
              )}
            </Group>
          )}
        </List.Item>
      ))}
    </List>
  );
}
