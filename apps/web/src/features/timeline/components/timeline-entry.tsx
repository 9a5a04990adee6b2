import { Anchor, Box, Button, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { DateText } from '../../../components/ui/date-text';
import { CommunicationActions, RestoreCommunicationButton } from '../../communications/components/communication-actions';
import type { TimelineItem, TimelineKind } from '../api/types';
import { changeLines, type ChangeLine } from '../change-words';
import { CommunicationDetails } from './communication-details';

/** The line beside each item: a colour per kind, to scan by (the sentence always says what happened). */
const KIND_COLORS: Record<TimelineKind, string> = {
  change: 'indigo-2',
  communication: 'green-3',
  commitment: 'orange-3',
  program: 'grape-3',
  assessment: 'cyan-3',
};

interface TimelineEntryProps {
  item: TimelineItem;
  partnerId: string;
  /** False for an archived partner: its conversations can no longer be changed, so no buttons are offered. */
  editable?: boolean;
}

/** One thing that happened: the sentence, who and when, and on request each field's value before and after. */
export function TimelineEntry({ item, partnerId, editable = false }: TimelineEntryProps) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const summaryId = useId();
  const communication = item.communication ?? null;
  const program = item.kind === 'program' ? (item.program ?? null) : null;
  // A logged conversation is shown by its details, not as a list of the fields it was created with; an assessment
  // event by its sentence and the Health tab, where its answers count (its fields are ids and a wave).
  const assessment = item.kind === 'assessment';
  // The entry that archived a conversation (archivedAt went from none to a time): where it can be brought back, as
  // long as it is still archived (recordArchived is as it is now; once restored, the old entry offers nothing).
  const archiving = item.recordType === 'communication' && !communication ? item.changes.archivedAt : undefined;
  const archivedConversation = archiving !== undefined && archiving.before === null && archiving.after !== null && item.recordArchived === true;
  const lines = communication || assessment ? [] : changeLines(item.recordType, item.changes);
  // A new record has no "before": list what it was created with instead of a column of "None →".
  const created = lines.length > 0 && lines.every((line) => line.before === 'None' || line.before === null);
  const shown = created ? lines.filter((line) => line.after !== 'None') : lines;

  return (
    <Box component="li" pl="md" py={4} style={{ borderLeft: `3px solid var(--mantine-color-${KIND_COLORS[item.kind] ?? 'indigo-2'})` }}>
      <Stack gap={2}>
        <Text id={summaryId} style={{ overflowWrap: 'anywhere' }}>
          {item.summary}
        </Text>
        <Text size="sm" c="dimmed" component="div">
          {item.actor ? item.actor.name : assessment ? 'By assessment link' : 'Common Ground'} · <DateText value={item.occurredAt} />
        </Text>
        {program && (
          <Text size="sm">
            Program:{' '}
            <Anchor component={Link} to={`/programs/${program.id}`} size="sm">
              {program.title}
            </Anchor>
          </Text>
        )}
        {assessment && (
          <Text size="sm">
            <Anchor component={Link} to={`/partners/${partnerId}?tab=health`} size="sm">
              Partnership health
            </Anchor>
          </Text>
        )}
        {communication && <CommunicationDetails communication={communication} partnerId={partnerId} />}
        {archivedConversation && editable && (
          <Box mt={4}>
            <RestoreCommunicationButton communicationId={item.recordId} archivedBy={item.actor?.id ?? null} describedBy={summaryId} />
          </Box>
        )}
        {communication && editable && (
          <Box mt={4}>
            <CommunicationActions communicationId={communication.id} authorId={item.actor?.id ?? null} describedBy={summaryId} />
          </Box>
        )}
        {shown.length > 0 && (
          <div>
            <Button
              variant="subtle"
              size="compact-sm"
              px={4}
              aria-expanded={open}
              aria-controls={detailsId}
              onClick={() => setOpen((value) => !value)}
            >
              {open ? 'Hide details' : 'Show details'}
            </Button>
            {open && (
              <Box component="dl" id={detailsId} m={0} mt={4}>
                {shown.map((line) => (
                  <ChangeRow key={line.field} line={line} created={created} />
                ))}
              </Box>
            )}
          </div>
        )}
      </Stack>
    </Box>
  );
}

function ChangeRow({ line, created }: { line: ChangeLine; created: boolean }) {
  return (
    <Box mb={6}>
      <Text component="dt" size="sm" fw={600}>
        {line.label}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {line.before === null || line.after === null ? (
          'Changed (named above)'
        ) : created ? (
          line.after
        ) : (
          <>
            {line.before} <span aria-hidden="true">→</span>
            <VisuallyHidden> changed to</VisuallyHidden>{' '}
            {line.after}
          </>
        )}
      </Text>
    </Box>
  );
}
