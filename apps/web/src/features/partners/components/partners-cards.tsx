import { FOCUS_AREAS, PARTNER_TYPES } from '@common-ground/domain';
import { Card, Group, Stack, Text } from '@mantine/core';
import { labelsOf } from '../partner-labels';
import { NextReview, PartnerStageBadge } from './partner-badges';
import { LastContact, PartnerHealth, PartnerNameLink, type PartnersListProps } from './partners-table';

/** The phone view (UX.md: dense tables collapse to cards): the same facts, stacked for one hand. */
export function PartnersCards({ partners, labelledBy }: Pick<PartnersListProps, 'partners' | 'labelledBy'>) {
  return (
    <Stack component="ul" gap="sm" p={0} m={0} aria-labelledby={labelledBy} style={{ listStyle: 'none' }}>
      {partners.map((partner) => {
        const focusAreas = labelsOf(partner.focusAreas, FOCUS_AREAS.labels);
        return (
          <Card component="li" key={partner.id} withBorder padding="md">
            <Stack gap={6}>
              <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                <div style={{ minWidth: 0 }}>
                  <PartnerNameLink partner={partner} />
                  <Text size="sm" c="dimmed">
                    {PARTNER_TYPES.labels[partner.type]}
                  </Text>
                </div>
                <PartnerStageBadge stage={partner.stage} />
              </Group>
              <Text size="sm">Liaison: {partner.liaison?.name ?? 'No liaison'}</Text>
              <Text size="sm" component="div">
                Health: <PartnerHealth partner={partner} />
              </Text>
              {focusAreas.length > 0 && <Text size="sm">Focus: {focusAreas.join(', ')}</Text>}
              <Group gap="lg" wrap="wrap">
                <Text size="sm" component="div">
                  Last contact: <LastContact value={partner.lastContactAt} />
                </Text>
                <Text size="sm" component="div" style={{ display: 'flex', gap: 4 }}>
                  Next review: <NextReview partner={partner} />
                </Text>
              </Group>
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
