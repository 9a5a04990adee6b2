import { IMPACT_NOTE_KINDS } from '@common-ground/domain';
import { Anchor, Badge, Blockquote, Card, Group, Stack, Text } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { formatDay } from '../../../lib/calendar-day';
import type { ImpactNote } from '../api/types';
import { ConsentMarker } from './consent-marker';

interface ImpactNoteCardProps {
  note: ImpactNote;
  /** Which link to show: on a partner page the program; on a program page the partner; elsewhere both. */
  show: 'program' | 'partner' | 'both';
  /** The card's buttons, given the id of its text (so each says which note it acts on). */
  actions?: (describedBy: string) => ReactNode;
}

/** One impact note: its kind, words, who said it, when, what it is linked to, and whether a quote may be shown. */
export function ImpactNoteCard({ note, show, actions }: ImpactNoteCardProps) {
  const textId = useId();
  const archived = note.archivedAt !== null;
  const quote = note.kind === 'quote';
  const links = [
    show !== 'partner' && note.program ? `Program: ${note.program.title}` : null,
    show !== 'program' && note.partner ? `Partner: ${note.partner.name}` : null,
  ].filter((item): item is string => item !== null);

  return (
    <Card component="li" withBorder padding="md" aria-labelledby={textId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Group gap="xs" wrap="wrap">
            <Badge variant="light" color="indigo" style={{ minWidth: 'max-content' }}>
              {IMPACT_NOTE_KINDS.labels[note.kind]}
            </Badge>
            <ConsentMarker kind={note.kind} consentToQuote={note.consentToQuote} />
          </Group>
          {archived && (
            <Badge color="gray" variant="light" style={{ minWidth: 'max-content' }}>
              Archived
            </Badge>
          )}
        </Group>
        {quote ? (
          <Blockquote p="sm" m={0} cite={note.attribution ? `— ${note.attribution}` : undefined} styles={{ cite: { fontSize: 'var(--mantine-font-size-sm)' } }}>
            <Text id={textId} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              “{note.text}”
            </Text>
          </Blockquote>
        ) : (
          <>
            <Text id={textId} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {note.text}
            </Text>
            {note.attribution && <Text size="sm">— {note.attribution}</Text>}
          </>
        )}
        <Group gap="md" wrap="wrap">
          <Text size="sm" c="dimmed">
            {formatDay(note.notedOn)}
          </Text>
          {links.map((link) => (
            <Text key={link} size="sm" c="dimmed">
              {link}
            </Text>
          ))}
          {note.sourceUrl && (
            <Anchor href={note.sourceUrl} target="_blank" rel="noopener noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }}>
              Where it appeared (opens in a new tab)
            </Anchor>
          )}
        </Group>
        {actions?.(textId)}
      </Stack>
    </Card>
  );
}
