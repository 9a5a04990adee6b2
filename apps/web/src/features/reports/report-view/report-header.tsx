import { Alert, Stack, Text, Title } from '@mantine/core';
import { KeyFact, KeyFacts } from '../../../components/ui/key-facts';
import { formatDateTime } from '../../../lib/format-date';
import type { ReportHeader as Header } from '../api/types';
import { describePeriod } from '../report-period';
import { count } from './report-words';

/** Who the report is for, what it covers and who prepared it; says so plainly when the scope matched nothing. */
export function ReportHeader({ header, order }: { header: Header; order: 1 | 2 | 3 }) {
  return (
    <Stack gap="sm">
      <div>
        <Text size="sm" c="dimmed">
          {header.libraryName}
        </Text>
        <Title order={order} size="h2">
          Funder summary for {header.funderName}
        </Title>
      </div>
      <KeyFacts>
        <KeyFact label="Funder">{header.funderName}</KeyFact>
        <KeyFact label="Grant reference">{header.grantReference ?? 'None given'}</KeyFact>
        <KeyFact label="Period">{describePeriod(header.period)}</KeyFact>
        <KeyFact label="Covers" wide="on-phone">
          {header.scopeLabel}
        </KeyFact>
        <KeyFact label="Programs covered">{count(header.programsCovered, 'program', 'programs')}</KeyFact>
        <KeyFact label="Partners covered">{count(header.partnersCovered, 'partner', 'partners')}</KeyFact>
        <KeyFact label="Prepared by">{header.preparedBy?.name ?? 'Not recorded'}</KeyFact>
        <KeyFact label="Figures as of">{formatDateTime(header.generatedAt)}</KeyFact>
      </KeyFacts>
      {header.nothingFound && (
        <Alert color="gray" variant="light" title="Nothing was found for this scope and period">
          <Text size="sm">
            No program, partner, contribution or story matched, so every figure below is zero. Check the period and
            what the report covers.
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
