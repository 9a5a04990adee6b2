import { COLLABORATION_LEVELS, FOCUS_AREAS, IMPACT_AREAS, INTERACTION_TYPES, PUBLICS } from '@common-ground/domain';
import { Badge, Box, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import type { Partner } from '../../../lib/api-types';
import { PartnerAgreementsSection } from '../../agreements/components/partner-agreements-section';
import { PartnerGoalsSection } from '../../goals/components/partner-goals-section';
import { cadenceText, collaborationLevelText, labelsOf } from '../partner-labels';

/** Laid out like the goals and agreements sections between them: a heading, then the content. */
function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Title order={2} id={headingId} mb="sm">
        {title}
      </Title>
      {children}
    </Box>
  );
}

/** Vocabulary values as labelled chips, or "None recorded" in words. */
function Chips({ label, values }: { label: string; values: string[] }) {
  return (
    <div>
      <Text size="sm" fw={600} mb={4}>
        {label}
      </Text>
      {values.length === 0 ? (
        <Text size="sm" c="dimmed">
          None recorded
        </Text>
      ) : (
        <Group gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
          {values.map((value) => (
            <Badge key={value} component="li" variant="light" color="indigo" tt="none" size="md" fw={500}>
              {value}
            </Badge>
          ))}
        </Group>
      )}
    </div>
  );
}

function CollaborationLevel({ side, level }: { side: string; level: number | null }) {
  const meaning = COLLABORATION_LEVELS.find((entry) => entry.value === level)?.description;
  return (
    <div>
      <Text size="sm" fw={600}>
        {side}
      </Text>
      <Text size="sm">{collaborationLevelText(level)}</Text>
      {meaning && (
        <Text size="xs" c="dimmed">
          {meaning}
        </Text>
      )}
    </div>
  );
}

/** Everything about the relationship that is not people or history: what it is for and how it works. */
export function PartnerOverview({ partner }: { partner: Partner }) {
  return (
    <Stack gap="xl">
      <Section title="About">
        {partner.description ? (
          // Text, never HTML: whatever was typed (tags included) shows as typed.
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {partner.description}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            No description yet.
          </Text>
        )}
        {partner.address && (
          <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
            <Text span fw={600} size="sm">
              Address:{' '}
            </Text>
            {partner.address}
          </Text>
        )}
      </Section>

      <PartnerGoalsSection partner={partner} />
      <PartnerAgreementsSection partner={partner} />

      <Section title="How we work together">
        <Stack gap="md">
          <Chips label="Focus areas" values={labelsOf(partner.focusAreas, FOCUS_AREAS.labels)} />
          <Chips label="Publics served" values={labelsOf(partner.publics, PUBLICS.labels)} />
          <Chips label="Interaction types" values={labelsOf(partner.interactionTypes, INTERACTION_TYPES.labels)} />
          <Chips label="Impact areas" values={labelsOf(partner.impactAreas, IMPACT_AREAS.labels)} />
        </Stack>
      </Section>

      <Section title="Level of collaboration">
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
          <CollaborationLevel side="Library" level={partner.collaborationLevelLibrary} />
          <CollaborationLevel side="Partner" level={partner.collaborationLevelPartner} />
          <div>
            <Text size="sm" fw={600}>
              Contact cadence
            </Text>
            <Text size="sm">{cadenceText(partner.contactCadenceDays)}</Text>
          </div>
        </SimpleGrid>
      </Section>
    </Stack>
  );
}
