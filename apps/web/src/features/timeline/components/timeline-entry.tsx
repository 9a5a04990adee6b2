import { Box, Button, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useId, useState } from 'react';
import { DateText } from '../../../components/ui/date-text';
import type { TimelineItem } from '../api/types';
import { changeLines, type ChangeLine } from '../change-words';
import { CommunicationDetails } from './communication-details';

/** One thing that happened: the sentence, who and when, and on request each field's value before and after. */
export function TimelineEntry({ item, partnerId }: { item: TimelineItem; partnerId: string }) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const communication = item.communication ?? null;
  // A logged conversation is shown by its details, not as a list of the fields it was created with.
  const lines = communication ? [] : changeLines(item.recordType, item.changes);
  // A new record has no "before": list what it was created with instead of a column of "None →".
  const created = lines.length > 0 && lines.every((line) => line.before === 'None' || line.before === null);
  const shown = created ? lines.filter((line) => line.after !== 'None') : lines;

  return (
    <Box
      component="li"
      pl="md"
      py={4}
      style={{ borderLeft: `3px solid var(--mantine-color-${communication ? 'green-3' : item.kind === 'commitment' ? 'orange-3' : 'indigo-2'})` }}
    >
      <Stack gap={2}>
        <Text style={{ overflowWrap: 'anywhere' }}>{item.summary}</Text>
        <Text size="sm" c="dimmed" component="div">
          {item.actor ? item.actor.name : 'Common Ground'} · <DateText value={item.occurredAt} />
        </Text>
        {communication && <CommunicationDetails communication={communication} partnerId={partnerId} />}
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
