import { CONTRIBUTION_TYPES, PARTNER_TYPES, PROGRAM_ROLES, SIDES } from '@common-ground/domain';
import { Table, Text } from '@mantine/core';
import { formatMoney, formatNumber, formatQuantity } from '../../value/shared/format';
import type { ReportPartners } from '../api/types';
import { EvidenceLink } from './evidence-link';
import { NumberCell, NumberHeader, ReportTable } from './report-table';
import { ReportSection, type HeadingLevel } from './report-section';
import { count } from './report-words';

/** Who took part, in which roles, and what each side brought: money value, hours, and how volunteer time was valued. */
export function PartnersSection({ partners, order }: { partners: ReportPartners; order: HeadingLevel }) {
  const totals = partners.contributions;
  const lines = count(totals.bySide.reduce((sum, side) => sum + side.count, 0), 'contribution', 'contributions');
  return (
    <ReportSection title="Partners and contributions" order={order}>
      <Text size="sm">
        {count(partners.count, 'partner', 'partners')}. Contributions given (not pledged) in the period:{' '}
        <EvidenceLink source={partners.contributionsSource} label={`${formatMoney(totals.moneyValue)} in contributions — show the ${lines}`}>
          {formatMoney(totals.moneyValue)}
        </EvidenceLink>{' '}
        from {lines}, with {formatNumber(totals.volunteerHours)} volunteer hours.
      </Text>
      {partners.list.length > 0 && (
        <ReportTable caption="Partners covered" minWidth={760}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Partner</Table.Th>
              <Table.Th scope="col">Type</Table.Th>
              <Table.Th scope="col">Roles</Table.Th>
              <NumberHeader>Programs</NumberHeader>
              <NumberHeader>Their contributions</NumberHeader>
              <NumberHeader>Volunteer hours</NumberHeader>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {partners.list.map((partner) => (
              <Table.Tr key={partner.id}>
                <Table.Th scope="row" fw={400}>
                  {partner.name}
                </Table.Th>
                <Table.Td>{PARTNER_TYPES.labels[partner.type]}</Table.Td>
                <Table.Td>{partner.roles.length ? partner.roles.map((role) => PROGRAM_ROLES.labels[role]).join(', ') : 'No role in these programs'}</Table.Td>
                <NumberCell>{formatNumber(partner.programs)}</NumberCell>
                <NumberCell>
                  <EvidenceLink
                    source={partner.source}
                    label={`${partner.name}: ${formatMoney(partner.contributions.moneyValue)} — show the ${count(partner.contributions.count, 'contribution', 'contributions')}`}
                  >
                    {formatMoney(partner.contributions.moneyValue)}
                  </EvidenceLink>{' '}
                  ({formatNumber(partner.contributions.count)})
                </NumberCell>
                <NumberCell>{formatNumber(partner.contributions.volunteerHours)}</NumberCell>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ReportTable>
      )}
      <SideAndType partners={partners} />
      <VolunteerValuation partners={partners} />
    </ReportSection>
  );
}

function SideAndType({ partners }: { partners: ReportPartners }) {
  if (partners.bySideAndType.length === 0) return null;
  return (
    <ReportTable caption="Contributions by side and type" minWidth={560}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Side</Table.Th>
            <Table.Th scope="col">Type</Table.Th>
            <NumberHeader>Money value</NumberHeader>
            <Table.Th scope="col">Quantity</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {partners.bySideAndType.map((line) => (
            <Table.Tr key={`${line.side}-${line.type}`}>
              <Table.Th scope="row" fw={400}>
                {SIDES.labels[line.side]}
              </Table.Th>
              <Table.Td>{CONTRIBUTION_TYPES.labels[line.type]}</Table.Td>
              <NumberCell>
                <EvidenceLink
                  source={line.source}
                  label={`${SIDES.labels[line.side]}, ${CONTRIBUTION_TYPES.labels[line.type].toLowerCase()}: ${formatMoney(line.moneyValue)} — show the ${count(line.count, 'contribution', 'contributions')}`}
                >
                  {formatMoney(line.moneyValue)}
                </EvidenceLink>
              </NumberCell>
              <Table.Td>{line.quantityByUnit.map((quantity) => formatQuantity(quantity.quantity, quantity.unit)).join(', ') || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
    </ReportTable>
  );
}

function VolunteerValuation({ partners }: { partners: ReportPartners }) {
  if (partners.volunteerValuation.length === 0) return null;
  return (
    <ReportTable caption="Volunteer hours and the rate they were valued at" minWidth={560}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Rate</Table.Th>
            <Table.Th scope="col">Source of the rate</Table.Th>
            <NumberHeader>Hours</NumberHeader>
            <NumberHeader>Money value</NumberHeader>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {partners.volunteerValuation.map((line) => {
            const rate = line.rate === null ? 'No rate recorded' : `${formatMoney(line.rate)} an hour`;
            return (
              <Table.Tr key={`${line.rate}-${line.rateSource}-${line.rateYear}`}>
                <Table.Th scope="row" fw={400}>
                  {rate}
                </Table.Th>
                <Table.Td>{line.rateSource ? `${line.rateSource}${line.rateYear ? `, ${line.rateYear}` : ''}` : 'Valued as entered'}</Table.Td>
                <NumberCell>{formatNumber(line.hours)}</NumberCell>
                <NumberCell>
                  <EvidenceLink
                    source={line.source}
                    label={`${formatNumber(line.hours)} volunteer hours at ${rate.toLowerCase()}: ${formatMoney(line.moneyValue)} — show the ${count(line.count, 'contribution', 'contributions')}`}
                  >
                    {formatMoney(line.moneyValue)}
                  </EvidenceLink>
                </NumberCell>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
    </ReportTable>
  );
}
