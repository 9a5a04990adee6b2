import { EVIDENCE_KINDS } from '@common-ground/domain';
import { Anchor, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { Fact, FactList } from '../../../components/ui/fact-list';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { formatDay } from '../../../lib/calendar-day';
import { toProblemError } from '../../../lib/problem-error';
import { formatMoney, formatNumber } from '../../value/shared/format';
import { evidenceQueryOptions } from '../api/reports-queries';
import { EVIDENCE_VALUE_WORDS, evidenceRecordPath, parseEvidenceSource, type EvidenceFilter } from '../evidence-source';
import { readEvidenceBack } from '../report-view/evidence-link';
import { NumberCell, NumberHeader, ReportTable } from '../report-view/report-table';

/** /reports/evidence?<source>: the records a report figure was counted from, with their count and sum. */
export function EvidencePage() {
  useDocumentTitle('The evidence – Common Ground');
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const fromReport = readEvidenceBack(location.state);
  const back = fromReport ?? { to: '/reports', label: 'Go to saved reports' };
  const query = parseEvidenceSource(params);

  return (
    <Stack gap="lg" maw={1100}>
      <Anchor
        component={Link}
        to={back.to}
        size="sm"
        onClick={(event) => {
          // Going back (rather than forward to the same address) returns to the very page left, the builder's draft included.
          if (!fromReport) return;
          event.preventDefault();
          void navigate(-1);
        }}
      >
        {back.label}
      </Anchor>
      <Title order={1}>The evidence</Title>
      {query ? (
        <EvidenceList source={params.toString()} query={query} />
      ) : (
        <Text>This link does not name a figure of a report. Open the evidence from a figure in a report.</Text>
      )}
    </Stack>
  );
}

function EvidenceList({ source, query }: { source: string; query: EvidenceFilter }) {
  const evidence = useInfiniteQuery(evidenceQueryOptions(source, query));
  if (evidence.isPending) return <ListSkeleton rows={6} label="Loading the records" />;
  if (evidence.isError) {
    return <ProblemAlert problem={toProblemError(evidence.error)} title="The records didn't load" onRetry={() => void evidence.refetch()} />;
  }
  const first = evidence.data.pages[0];
  const items = evidence.data.pages.flatMap((page) => page.items);
  const money = query.kind === 'contributions';
  const formatValue = (value: number) => (money ? formatMoney(value) : formatNumber(value));
  const kindWords = EVIDENCE_KINDS.labels[query.kind].toLowerCase();

  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Text>{first?.description}</Text>
          <FactList>
            <Fact label="Records">{formatNumber(first?.total ?? 0)}</Fact>
            {first?.valueTotal !== null && first?.valueTotal !== undefined && (
              <Fact label={`${EVIDENCE_VALUE_WORDS[query.kind]}, in all`}>{formatValue(first.valueTotal)}</Fact>
            )}
          </FactList>
        </Stack>
      </Paper>
      {items.length === 0 ? (
        <Text>No records: this figure is zero.</Text>
      ) : (
        <ReportTable caption={`The ${kindWords} counted`} minWidth={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Date</Table.Th>
              <Table.Th scope="col">Record</Table.Th>
              <Table.Th scope="col">Detail</Table.Th>
              <NumberHeader>{EVIDENCE_VALUE_WORDS[query.kind]}</NumberHeader>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((record) => {
              const path = evidenceRecordPath(query.kind, record);
              return (
                <Table.Tr key={record.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(record.date)}</Table.Td>
                  <Table.Th scope="row" fw={400}>
                    {path ? (
                      <Anchor component={Link} to={path} inherit>
                        {record.title}
                      </Anchor>
                    ) : (
                      record.title
                    )}
                  </Table.Th>
                  <Table.Td>{record.detail}</Table.Td>
                  <NumberCell>{record.value === null ? '—' : formatValue(record.value)}</NumberCell>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </ReportTable>
      )}
      <Text size="sm" aria-live="polite">
        Showing {formatNumber(items.length)} of {formatNumber(first?.total ?? 0)} records.
      </Text>
      {evidence.hasNextPage && (
        <Button variant="default" onClick={() => void evidence.fetchNextPage()} loading={evidence.isFetchingNextPage} style={{ alignSelf: 'flex-start' }}>
          Show more
        </Button>
      )}
    </Stack>
  );
}
