import { Accordion, Badge, Card, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { FACTORS } from '@common-ground/domain';
import { formatDate } from '../../../lib/format-date';
import type { AssessmentResponse, ItemBank } from '../api/types';

const SIDE_WORDS = { library: 'Library', partner: 'Partner' } as const;

/** The words of an answer: "4 · Agree", "Don’t know". */
function answerWords(value: number | null | undefined, bank: ItemBank | undefined): string {
  if (value === null) return 'Don’t know';
  if (value === undefined) return 'Not answered';
  const label = bank?.answerScale.find((step) => step.value === value)?.label;
  return label ? `${value} · ${label}` : String(value);
}

/**
 * One respondent's answers: who, when, their mean per factor and level of collaboration; the statements and
 * comments behind a disclosure when the reader may see them (managers, or the respondent).
 */
export function AssessmentResponseCard({ response, bank }: { response: AssessmentResponse; bank: ItemBank | undefined }) {
  const level = bank?.collaborationLevels.find((candidate) => candidate.value === response.collaborationLevel);
  const answers = response.answers as Record<string, number | null> | undefined;
  // Every statement; the optional value statements only when answered.
  const statements = [...(bank?.items ?? []), ...(bank?.valueItems ?? []).filter((item) => answers !== undefined && item.id in answers)];
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600}>{response.respondent.name}</Text>
          <Group gap="xs">
            <Badge variant="light" color={response.side === 'library' ? 'blue' : 'grape'}>
              {SIDE_WORDS[response.side]}
            </Badge>
            <Text size="sm" c="dimmed">
              Answered {formatDate(response.answeredAt)}
            </Text>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 5 }} spacing="xs" aria-label="Average per factor, 1 to 5">
          {FACTORS.keys.map((factor) => {
            const mean = response.factorMeans[factor];
            return (
              <div key={factor}>
                <Text size="xs" c="dimmed">
                  {FACTORS.labels[factor]}
                </Text>
                <Text fw={600}>{mean === null ? 'Too few answers' : mean.toFixed(1)}</Text>
              </div>
            );
          })}
        </SimpleGrid>
        {level && (
          <Text size="sm">
            Level of collaboration: {level.value}. {level.label}
          </Text>
        )}
        {answers && (
          <Accordion variant="contained">
            <Accordion.Item value="answers">
              <Accordion.Control>Answers and comments</Accordion.Control>
              <Accordion.Panel>
                <List spacing={4} size="sm">
                  {statements.map((item) => (
                    <List.Item key={item.id}>
                      {item.text} <strong>{answerWords(answers[item.id], bank)}</strong>
                    </List.Item>
                  ))}
                </List>
                <Text size="sm" mt="sm">
                  {response.comments ? `Comments: ${response.comments}` : 'No comments.'}
                </Text>
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
        )}
      </Stack>
    </Card>
  );
}
