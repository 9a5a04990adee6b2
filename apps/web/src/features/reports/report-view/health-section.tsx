import { Table, Text } from '@mantine/core';
import { BandIcon } from '../../health/components/band-badge';
import { BAND_ORDER, BANDS, factorName, formatScore } from '../../health/health-words';
import type { ReportHealth } from '../api/types';
import { EvidenceLink } from './evidence-link';
import { NumberCell, NumberHeader, ReportTable } from './report-table';
import { ReportSection, type HeadingLevel } from './report-section';
import { count, formatChange } from './report-words';

/** The five-factor profile of the partners covered at the period's end, and how it changed over the period. */
export function HealthSection({ health, order }: { health: ReportHealth; order: HeadingLevel }) {
  const snapshots = count(health.withSnapshot, 'partner', 'partners');
  return (
    <ReportSection title="Partnership health" order={order}>
      <Text size="sm">
        Of {count(health.partners, 'partner', 'partners')} covered,{' '}
        <EvidenceLink source={health.source} label={`${snapshots} with a health score — show the health scores read`}>
          {snapshots}
        </EvidenceLink>{' '}
        had a health score by the end of the period. Means are on the 1–5 scale, over the partners scored (n).
      </Text>
      <ReportTable caption="Health by factor at the end of the period, and its change" minWidth={900}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Factor</Table.Th>
            <NumberHeader>Mean at the end</NumberHeader>
            {BAND_ORDER.map((band) => (
              <NumberHeader key={band}>
                <BandIcon band={band} /> {BANDS[band].label}
              </NumberHeader>
            ))}
            <Table.Th scope="col">Change over the period</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {health.factors.map((line) => (
            <Table.Tr key={line.factor}>
              <Table.Th scope="row" fw={400}>
                {factorName(line.factor)}
              </Table.Th>
              <NumberCell>{line.end.mean === null ? `No score (n = 0)` : `${formatScore(line.end.mean)} (n = ${line.end.n})`}</NumberCell>
              {BAND_ORDER.map((band) => (
                <NumberCell key={band}>{line.end[band]}</NumberCell>
              ))}
              <Table.Td>
                {line.change === null
                  ? 'No partner scored at both ends'
                  : `${formatChange(line.change)} (n = ${line.changeN}): ${count(line.improved, 'partner', 'partners')} improved, ${line.declined} declined`}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ReportTable>
    </ReportSection>
  );
}
