import { Anchor, List, Paper, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef, type MouseEvent } from 'react';

export interface ErrorSummaryItem {
  /** The id of the input the message is about; the link jumps to it. */
  fieldId: string;
  message: string;
}

interface ErrorSummaryProps {
  errors: ErrorSummaryItem[];
  title?: string;
  /** Change it (e.g. a submit counter) to move focus back to the summary after another failed submit. */
  focusKey?: unknown;
  /**
   * While the person is still editing (a live preview checking as they type): announced politely and never taking
   * focus, so typing is not interrupted. After a submit, the default (an alert that takes focus) is the right one.
   */
  live?: boolean;
  /** Problems not about one field, listed after the fields' (unlinked). */
  general?: string[];
}

/**
 * GOV.UK-style error summary: sits at the top of a form, takes focus when it appears so screen reader and
 * keyboard users land on it, and links each message to its field.
 */
export function ErrorSummary({ errors, title = 'There is a problem', focusKey, live = false, general = [] }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const hasErrors = errors.length > 0 || general.length > 0;

  useEffect(() => {
    if (hasErrors && !live) ref.current?.focus();
  }, [hasErrors, focusKey, live]);

  if (!hasErrors) return null;

  return (
    <Paper
      ref={ref}
      role={live ? 'status' : 'alert'}
      aria-labelledby={titleId}
      tabIndex={live ? undefined : -1}
      withBorder
      p="md"
      style={{ borderColor: 'var(--mantine-color-error)', borderWidth: 3 }}
    >
      <Title order={2} size="h4" id={titleId} mb="xs">
        {title}
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
      {!live && (
        <Text size="sm" mt="xs" c="dimmed">
          What you typed is still in the form.
        </Text>
      )}
    </Paper>
  );
}

/** Focus the field itself (not just scroll to it), as GOV.UK does, so the person can fix it straight away. */
function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  field.scrollIntoView({ block: 'center' });
  field.focus();
}
