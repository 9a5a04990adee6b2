import { Anchor, List, Paper, Text, Title } from '@mantine/core';
import { useId, type MouseEvent } from 'react';
import type { ErrorSummaryItem } from '../../../components/ui/error-summary';

/**
 * The builder's problems while the person is still editing: the same look and links as the error summary, but
 * announced politely and without taking focus, so typing a date is never interrupted. After "Save report" the
 * shared ErrorSummary takes over, with focus.
 */
export function LiveProblems({ errors, general }: { errors: ErrorSummaryItem[]; general: string[] }) {
  const titleId = useId();
  if (errors.length === 0 && general.length === 0) return null;
  return (
    <Paper role="status" aria-labelledby={titleId} withBorder p="md" style={{ borderColor: 'var(--mantine-color-error)', borderWidth: 3 }}>
      <Title order={2} size="h4" id={titleId} mb="xs">
        There is a problem
      </Title>
      <List spacing={4}>
        {errors.map((error) => (
          <List.Item key={`${error.fieldId}:${error.message}`}>
            <Anchor href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId)} c="var(--mantine-color-error)" fw={600} underline="always">
              {error.message}
            </Anchor>
          </List.Item>
        ))}
        {general.map((message) => (
          <List.Item key={message}>
            <Text span fw={600} c="var(--mantine-color-error)">
              {message}
            </Text>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  field.scrollIntoView({ block: 'center' });
  field.focus();
}
