import { CONTRIBUTION_STAGES, CONTRIBUTION_TYPES, SIDES } from '@common-ground/domain';
import { Badge, Card, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { RecordCardActions } from '../../../components/ui/record-card-actions';
import { formatDay } from '../../../lib/calendar-day';
import { describeValuedAt, formatMoney, formatQuantity } from '../../value/shared/format';
import type { LedgerScope } from '../api/contributions-queries';
import type { Contribution } from '../api/types';

export interface LedgerProps {
  lines: Contribution[];
  scope: LedgerScope;
  labelledBy: string;
  editable: boolean;
  mayArchive: (line: Contribution) => boolean;
  restoringId: string | null;
  onEdit: (line: Contribution) => void;
  onArchive: (line: Contribution) => void;
  onRestore: (line: Contribution) => void;
}

/** Who brought it: the partner by name, or "Library" (on a program page, with the partnership it was for). */
function who(line: Contribution, scope: LedgerScope): string {
  if (line.side === 'partner') return line.partner?.name ?? SIDES.labels.partner;
  return line.partner && scope.programId ? `${SIDES.labels.library}, for ${line.partner.name}` : SIDES.labels.library;
}

/** On a partner page, the program it went to; on a program page the partner is already in "who". */
function linkedProgram(line: Contribution, scope: LedgerScope): string | null {
  if (scope.programId) return null;
  return line.program ? line.program.title : 'No particular program';
}

function Amount({ line }: { line: Contribution }) {
  return (
    <>
      <Text size="sm" fw={600}>
        {line.moneyValue === null ? 'No value given' : formatMoney(line.moneyValue)}
      </Text>
      {line.valuedAt && (
        <Text size="xs" c="dimmed">
          {describeValuedAt(line.valuedAt)}
        </Text>
      )}
    </>
  );
}

function What({ line, textId }: { line: Contribution; textId: string }) {
  return (
    <>
      <Text id={textId} size="sm" fw={600}>
        {CONTRIBUTION_TYPES.labels[line.type]}
        {line.archivedAt && (
          <Badge ml="xs" color="gray" variant="light" size="sm">
            Archived
          </Badge>
        )}
      </Text>
      {line.description && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {line.description}
        </Text>
      )}
    </>
  );
}

function StageBadge({ line }: { line: Contribution }) {
  return (
    <Badge variant="light" color={line.stage === 'actual' ? 'green' : 'gray'} style={{ minWidth: 'max-content' }}>
      {line.stage === 'actual' ? 'Given' : CONTRIBUTION_STAGES.labels.planned}
    </Badge>
  );
}

const quantityOf = (line: Contribution) => (line.quantity !== null && line.unit ? formatQuantity(line.quantity, line.unit) : '—');

/** The wide view: one row a line, a column a fact. */
export function LedgerTable({ lines, scope, labelledBy, ...actions }: LedgerProps) {
  const showProgram = !scope.programId;
  return (
    <Table.ScrollContainer minWidth={720} type="native">
      <Table aria-labelledby={labelledBy} verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Date</Table.Th>
            <Table.Th scope="col">What</Table.Th>
            <Table.Th scope="col">Who brought it</Table.Th>
            {showProgram && <Table.Th scope="col">Program</Table.Th>}
            <Table.Th scope="col">Planned or given</Table.Th>
            <Table.Th scope="col">How much</Table.Th>
            <Table.Th scope="col">Value</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <LedgerRow key={line.id} line={line} scope={scope} showProgram={showProgram} {...actions} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function LedgerRow({ line, scope, showProgram, ...actions }: Omit<LedgerProps, 'lines' | 'labelledBy'> & { line: Contribution; showProgram: boolean }) {
  const textId = useId();
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(line.contributedOn)}</Table.Td>
      <Table.Td>
        <What line={line} textId={textId} />
      </Table.Td>
      <Table.Td>{who(line, scope)}</Table.Td>
      {showProgram && <Table.Td>{linkedProgram(line, scope)}</Table.Td>}
      <Table.Td>
        <StageBadge line={line} />
      </Table.Td>
      <Table.Td>{quantityOf(line)}</Table.Td>
      <Table.Td>
        <Amount line={line} />
      </Table.Td>
      <Table.Td>
        <LineActions line={line} textId={textId} {...actions} />
      </Table.Td>
    </Table.Tr>
  );
}

/** The phone view (UX.md: dense tables collapse to cards): the same facts, stacked for one hand. */
export function LedgerCards({ lines, scope, labelledBy, ...actions }: LedgerProps) {
  return (
    <Stack component="ul" gap="sm" p={0} m={0} aria-labelledby={labelledBy} style={{ listStyle: 'none' }}>
      {lines.map((line) => (
        <LedgerCard key={line.id} line={line} scope={scope} {...actions} />
      ))}
    </Stack>
  );
}

function LedgerCard({ line, scope, ...actions }: Omit<LedgerProps, 'lines' | 'labelledBy'> & { line: Contribution }) {
  const textId = useId();
  const program = linkedProgram(line, scope);
  return (
    <Card component="li" withBorder padding="md" aria-labelledby={textId}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            <What line={line} textId={textId} />
          </div>
          <StageBadge line={line} />
        </Group>
        <Text size="sm">{who(line, scope)}</Text>
        {program && <Text size="sm">Program: {program}</Text>}
        <Group gap="lg" wrap="wrap" align="flex-start">
          <Text size="sm">{formatDay(line.contributedOn)}</Text>
          <Text size="sm">{quantityOf(line)}</Text>
          <div>
            <Amount line={line} />
          </div>
        </Group>
        <LineActions line={line} textId={textId} {...actions} />
      </Stack>
    </Card>
  );
}

function LineActions({
  line,
  textId,
  editable,
  mayArchive,
  restoringId,
  onEdit,
  onArchive,
  onRestore,
}: Pick<LedgerProps, 'editable' | 'mayArchive' | 'restoringId' | 'onEdit' | 'onArchive' | 'onRestore'> & { line: Contribution; textId: string }) {
  return (
    <RecordCardActions
      archived={line.archivedAt !== null}
      editable={editable}
      mayArchive={mayArchive(line)}
      describedBy={textId}
      restoring={restoringId === line.id}
      onRestore={() => onRestore(line)}
      onEdit={() => onEdit(line)}
      onArchive={() => onArchive(line)}
      wrap="nowrap"
    />
  );
}

