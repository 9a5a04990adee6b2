import type { Factor } from '@common-ground/domain';
import { Group, Table, Text } from '@mantine/core';
import type { BandCounts } from '../api/types';
import { BAND_ORDER, BANDS, FACTOR_ORDER, factorName } from '../health-words';
import { BandIcon } from './band-badge';
import { ChartWithTable } from './chart-with-table';

const ROW = 28;
const LABEL = 40;
const WIDTH = 520;
const BAR = WIDTH - LABEL - 8;

const total = (counts: BandCounts) => BAND_ORDER.reduce((sum, band) => sum + counts[band], 0);

function describe(distribution: Record<Factor, BandCounts>): string {
  return FACTOR_ORDER.map(
    (factor) => `${factorName(factor)}: ${BAND_ORDER.map((band) => `${distribution[factor][band]} ${BANDS[band].label.toLowerCase()}`).join(', ')}`,
  ).join('; ');
}

/**
 * How many partners are in each band, factor by factor, as stacked bars (the letter of the band in each segment
 * wide enough for it), with a legend and the same counts as a table.
 */
export function BandDistributionChart({ distribution }: { distribution: Record<Factor, BandCounts> }) {
  const height = FACTOR_ORDER.length * ROW;
  const chart = (
    <>
      <Group gap="md" wrap="wrap" aria-hidden="true">
        {BAND_ORDER.map((band) => (
          <Text key={band} span size="sm" style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}>
            <span
              style={{
                display: 'inline-flex',
                justifyContent: 'center',
                width: 18,
                borderRadius: 3,
                background: `var(--mantine-color-${BANDS[band].color}-light)`,
                color: `var(--mantine-color-${BANDS[band].color}-light-color)`,
              }}
            >
              <BandIcon band={band} />
            </span>
            {BANDS[band].label} ({BANDS[band].letter})
          </Text>
        ))}
      </Group>
      <svg
        role="img"
        aria-label={`Partners by band for each factor. ${describe(distribution)}`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        style={{ maxWidth: WIDTH }}
      >
        {FACTOR_ORDER.map((factor, row) => {
          const counts = distribution[factor];
          const sum = total(counts);
          let x = LABEL;
          return (
            <g key={factor} transform={`translate(0 ${row * ROW})`}>
              <text x={0} y={ROW / 2 + 5} fontSize={13} fontWeight={700} fill="currentColor">
                {factor}
              </text>
              {BAND_ORDER.map((band) => {
                const width = sum === 0 ? 0 : (counts[band] / sum) * BAR;
                const segment = (
                  <g key={band} data-band={band}>
                    <rect x={x} y={4} width={width} height={ROW - 8} fill={`var(--mantine-color-${BANDS[band].color}-light)`} stroke="var(--mantine-color-body)" />
                    {width >= 34 && (
                      <text x={x + width / 2} y={ROW / 2 + 4} fontSize={12} textAnchor="middle" fill={`var(--mantine-color-${BANDS[band].color}-light-color)`}>
                        {`${BANDS[band].letter} ${counts[band]}`}
                      </text>
                    )}
                  </g>
                );
                x += width;
                return segment;
              })}
            </g>
          );
        })}
      </svg>
    </>
  );

  const table = (
    <Table.ScrollContainer minWidth={480}>
      <Table withTableBorder fz="sm" verticalSpacing={4}>
        <Table.Caption>Partners in each band, by factor</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Factor</Table.Th>
            {BAND_ORDER.map((band) => (
              <Table.Th key={band} scope="col">
                {BANDS[band].label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {FACTOR_ORDER.map((factor) => (
            <Table.Tr key={factor}>
              <Table.Th scope="row" fw={400}>
                {factorName(factor)}
              </Table.Th>
              {BAND_ORDER.map((band) => (
                <Table.Td key={band}>{distribution[factor][band]}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );

  return <ChartWithTable chart={chart} table={table} tableLabel="Show the distribution as a table" />;
}
