import { Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { formatDate } from '../../../lib/format-date';
import type { AssessmentInvitation, AssessmentWave, ItemBank } from '../api/types';
import { AssessmentResponseCard } from './assessment-response-card';

const STATUS = {
  pending: { words: 'Waiting for an answer', color: 'yellow' },
  answered: { words: 'Answered', color: 'green' },
  expired: { words: 'Expired', color: 'gray' },
} as const;

/** One round of the assessment: its responses, and (for managers) the links sent out in it with their status. */
export function AssessmentWaveCard({ wave, bank }: { wave: AssessmentWave; bank: ItemBank | undefined }) {
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={`wave-${wave.id}`}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={`wave-${wave.id}`}>
          Round opened {formatDate(wave.openedOn)}
        </Title>
        {wave.responses.length === 0 ? (
          <Text size="sm" c="dimmed">
            No answers yet in this round.
          </Text>
        ) : (
          wave.responses.map((response) => <AssessmentResponseCard key={response.id} response={response} bank={bank} />)
        )}
        {wave.invitations.length > 0 && <InvitationsTable invitations={wave.invitations} />}
      </Stack>
    </Card>
  );
}

function InvitationsTable({ invitations }: { invitations: AssessmentInvitation[] }) {
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table>
        <Table.Caption>Links sent in this round</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Contact</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Sent</Table.Th>
            <Table.Th>Works until</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invitations.map((invitation) => (
            <Table.Tr key={invitation.id}>
              <Table.Td>{invitation.contact.name}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATUS[invitation.status].color}>
                  {STATUS[invitation.status].words}
                </Badge>
              </Table.Td>
              <Table.Td>
                {formatDate(invitation.createdAt)}
                {invitation.emailedAt ? ' (emailed)' : ' (copied)'}
              </Table.Td>
              <Table.Td>{invitation.usedAt ? `Used ${formatDate(invitation.usedAt)}` : formatDate(invitation.expiresAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
