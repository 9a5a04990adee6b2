import { ANSWER_OPTIONS, OUTCOME_TIMINGS } from '@common-ground/domain';
import { Box, Group, Stack, Table, Text } from '@mantine/core';
import { ChartWithTable } from '../../health/components/chart-with-table';
import { measureName } from '../../outcomes/outcome-values';
import { describeAgreeShare, formatNumber, formatPercent } from '../../value/shared/format';
import type { ReportOutcome } from '../api/types';
import { EvidenceLink } from './evidence-link';
import { NumberCell, NumberHeader, ReportTable } from './report-table';
import { ReportSection, type HeadingLevel } from './report-section';
import { count } from './report-words';

const lineName = (outcome: ReportOutcome) => `${measureName(outcome.measure)}, ${OUTCOME_TIMINGS.labels[outcome.timing].toLowerCase()}`;

/** Per measure and timing: the share agreeing with its n, the answers per option and the non-responses. */
export function OutcomesSection({ outcomes, order }: { outcomes: ReportOutcome[]; order: HeadingLevel }) {
  return (
    <ReportSection title="Outcomes" order={order}>
      <Text size="sm" c="dimmed">
        The share who agree or strongly agree, out of those who chose an answer (n). Non-responses are shown beside it
        and are not in n.
      </Text>
      {outcomes.length === 0 ? (
        <Text size="sm">No survey results were recorded for these programs in this period.</Text>
      ) : (
        <>
          <OutcomesChart outcomes={outcomes} />
          <OutcomesTable outcomes={outcomes} />
        </>
      )}
    </ReportSection>
  );
}

/**
 * The agree share per measure and timing as bars on a 0–100% scale, each with its n. Drawn with boxes rather than an
 * SVG so the words wrap and stay readable on a phone.
 */
function OutcomesChart({ outcomes }: { outcomes: ReportOutcome[] }) {
  const description = outcomes.map((outcome) => `${lineName(outcome)}: ${describeAgreeShare(outcome.agreeShare, outcome.answered)}`).join('; ');
  const chart = (
    <Stack role="img" aria-label={`Share agreeing by measure. ${description}`} gap={6} maw={640}>
      {outcomes.map((outcome) => (
        <div key={`${outcome.measure}-${outcome.timing}`} data-outcome={`${outcome.measure}-${outcome.timing}`}>
          <Text size="sm">{lineName(outcome)}</Text>
          <Group gap="xs" wrap="nowrap">
            <Box style={{ flex: 1, height: 14, background: 'var(--mantine-color-gray-2)', borderRadius: 2 }}>
              <Box style={{ width: `${(outcome.agreeShare ?? 0) * 100}%`, height: '100%', background: 'var(--mantine-color-teal-7)', borderRadius: 2 }} />
            </Box>
            <Text size="sm" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
              {`${formatPercent(outcome.agreeShare) ?? '–'} (n = ${formatNumber(outcome.answered)})`}
            </Text>
          </Group>
        </div>
      ))}
    </Stack>
  );
  const table = (
    <ReportTable caption="Share agreeing by measure and timing" minWidth={420}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Measure and timing</Table.Th>
          <NumberHeader>Agree</NumberHeader>
          <NumberHeader>n</NumberHeader>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {outcomes.map((outcome) => (
          <Table.Tr key={`${outcome.measure}-${outcome.timing}`}>
            <Table.Th scope="row" fw={400}>
              {lineName(outcome)}
            </Table.Th>
            <NumberCell>{formatPercent(outcome.agreeShare) ?? 'Nobody answered'}</NumberCell>
            <NumberCell>{formatNumber(outcome.answered)}</NumberCell>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ReportTable>
  );
  return (
    <div>
      <Text fw={600} size="sm" mb={4}>
        Share agreeing
      </Text>
      <ChartWithTable chart={chart} table={table} tableLabel="Show the share agreeing as a table" />
    </div>
  );
}

function OutcomesTable({ outcomes }: { outcomes: ReportOutcome[] }) {
  return (
    <ReportTable caption="Survey answers by measure and timing" minWidth={900}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Measure</Table.Th>
          <Table.Th scope="col">Timing</Table.Th>
          <Table.Th scope="col">Share agreeing</Table.Th>
          {ANSWER_OPTIONS.keys.map((option) => (
            <NumberHeader key={option}>{ANSWER_OPTIONS.labels[option]}</NumberHeader>
          ))}
          <NumberHeader>No answer</NumberHeader>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {outcomes.map((outcome) => {
          const share = describeAgreeShare(outcome.agreeShare, outcome.answered);
          return (
            <Table.Tr key={`${outcome.measure}-${outcome.timing}`}>
              <Table.Th scope="row" fw={400}>
                {measureName(outcome.measure)}
              </Table.Th>
              <Table.Td>{OUTCOME_TIMINGS.labels[outcome.timing]}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <EvidenceLink
                  source={outcome.source}
                  label={`${lineName(outcome)}: ${share} — show the ${count(outcome.results, 'survey result', 'survey results')}`}
                >
                  {share}
                </EvidenceLink>
              </Table.Td>
              {ANSWER_OPTIONS.keys.map((option) => (
                <NumberCell key={option}>{formatNumber(outcome.counts[option])}</NumberCell>
              ))}
              <NumberCell>{formatNumber(outcome.nonResponses)}</NumberCell>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </ReportTable>
  );
}
