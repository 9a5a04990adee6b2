import { ANSWER_OPTIONS, OUTCOME_TIMINGS } from '@common-ground/domain';
import { Table, Text } from '@mantine/core';
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

const ROW = 30;
const LABEL = 210;
const WIDTH = 560;
const BAR = WIDTH - LABEL - 90;

/** The agree share per measure and timing as horizontal bars on a 0–100% scale, each with its n. */
function OutcomesChart({ outcomes }: { outcomes: ReportOutcome[] }) {
  const description = outcomes.map((outcome) => `${lineName(outcome)}: ${describeAgreeShare(outcome.agreeShare, outcome.answered)}`).join('; ');
  const chart = (
    <svg role="img" aria-label={`Share agreeing by measure. ${description}`} viewBox={`0 0 ${WIDTH} ${outcomes.length * ROW}`} width="100%" style={{ maxWidth: WIDTH }}>
      {outcomes.map((outcome, row) => {
        const share = outcome.agreeShare ?? 0;
        return (
          <g key={`${outcome.measure}-${outcome.timing}`} transform={`translate(0 ${row * ROW})`} data-outcome={`${outcome.measure}-${outcome.timing}`}>
            <text x={0} y={ROW / 2 + 4} fontSize={12} fill="currentColor">
              {lineName(outcome)}
            </text>
            <rect x={LABEL} y={6} width={BAR} height={ROW - 12} fill="var(--mantine-color-gray-2)" />
            <rect x={LABEL} y={6} width={share * BAR} height={ROW - 12} fill="var(--mantine-color-teal-7)" />
            <text x={LABEL + BAR + 6} y={ROW / 2 + 4} fontSize={12} fill="currentColor">
              {`${formatPercent(outcome.agreeShare) ?? '–'} (n = ${formatNumber(outcome.answered)})`}
            </text>
          </g>
        );
      })}
    </svg>
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
              <Table.Td>
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
