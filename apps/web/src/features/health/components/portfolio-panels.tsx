import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDay } from '../../../lib/calendar-day';
import type { Portfolio, PortfolioItem, PortfolioPartner } from '../api/types';
import { FACTOR_ORDER, factorName, formatScore } from '../health-words';
import { FactorCell } from './factor-cell';
import { SendAssessmentLinkButton, type SendLinkTarget } from './send-assessment-link';

function Panel({ title, description, empty, children }: { title: string; description: string; empty: string | null; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Title order={2} size="h4" id={headingId}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {description}
      </Text>
      {empty ? (
        <Text size="sm">{empty}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {children}
        </Stack>
      )}
    </Paper>
  );
}

function PartnerLink({ partner }: { partner: Pick<PortfolioPartner, 'id' | 'name'> }) {
  return (
    <Anchor component={Link} to={`/partners/${partner.id}?tab=health`} fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
      {partner.name}
    </Anchor>
  );
}

/** The factors of a partner that are a concern or declining, each as a heat cell with its name. */
function TroubleFactors({ item }: { item: PortfolioItem }) {
  const troubled = FACTOR_ORDER.filter((factor) => item.factors[factor].band === 'concern' || item.factors[factor].flags.includes('declining'));
  return (
    <Group gap="xs" wrap="wrap">
      {troubled.map((factor) => (
        <Text key={factor} span size="sm" style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}>
          {factorName(factor)}
          <FactorCell factor={item.factors[factor]} />
          {item.factors[factor].flags.includes('declining') && ' declining'}
        </Text>
      ))}
    </Group>
  );
}

/** What needs a manager's attention across the filtered partners: concerns and declines, gaps, stale assessments. */
export function PortfolioPanels({ portfolio, onSendLink }: { portfolio: Portfolio; onSendLink: (partner: SendLinkTarget) => void }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
      <Panel
        title="Concern or declining"
        description="A factor scored as a concern, or falling."
        empty={portfolio.concernOrDeclining.length === 0 ? 'No partner has a concern or a declining factor.' : null}
      >
        {portfolio.concernOrDeclining.map((item) => (
          <li key={item.partner.id}>
            <PartnerLink partner={item.partner} />
            <TroubleFactors item={item} />
          </li>
        ))}
      </Panel>
      <Panel
        title="Perception gaps"
        description="The library and the partner see a factor a point or more apart."
        empty={portfolio.perceptionGaps.length === 0 ? 'No perception gaps: both sides see each factor alike.' : null}
      >
        {portfolio.perceptionGaps.map((gap) => (
          <li key={`${gap.partner.id}:${gap.factor}`}>
            <PartnerLink partner={gap.partner} />
            <Text size="sm">
              {factorName(gap.factor)}: library {formatScore(gap.library)}, partner {formatScore(gap.partnerMean)}
            </Text>
          </li>
        ))}
      </Panel>
      <Panel
        title="Stale assessments"
        description="No assessment from both sides in the last 12 months."
        empty={portfolio.stale.length === 0 ? 'Every partner was assessed by both sides within the last 12 months.' : null}
      >
        {portfolio.stale.map((entry) => (
          <li key={entry.partner.id}>
            <Group justify="space-between" gap="xs" wrap="wrap">
              <div>
                <PartnerLink partner={entry.partner} />
                <Text size="sm">Last assessed: {entry.lastAssessedOn ? formatDay(entry.lastAssessedOn) : 'never'}</Text>
              </div>
              <SendAssessmentLinkButton partner={entry.partner} onSend={onSendLink} />
            </Group>
          </li>
        ))}
      </Panel>
    </SimpleGrid>
  );
}
