import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { RecordCardActions } from '../../../components/ui/record-card-actions';
import { formatDay, todayCalendarDay } from '../../../lib/calendar-day';
import type { Contact } from '../api/types';

interface ContactCardProps {
  contact: Contact;
  editable: boolean;
  mayArchive: boolean;
  makingPrimary: boolean;
  restoring: boolean;
  onEdit: () => void;
  onMakePrimary: () => void;
  onArchive: () => void;
  onRestore: () => void;
}

/** Someone who has left: their "Left" day has come. */
export function isFormer(contact: Contact, today = todayCalendarDay()): boolean {
  return contact.affiliationEnd !== null && contact.affiliationEnd <= today;
}

/** "Since Tue 3 Mar 2026", "Tue 3 Mar 2024 – Wed 1 Jan 2026", "Left Wed 1 Jan 2026", or nothing. */
function describeAffiliation(contact: Contact): string | null {
  const { affiliationStart: start, affiliationEnd: end } = contact;
  if (start && end) return `${formatDay(start)} – ${formatDay(end)}`;
  if (start) return `Since ${formatDay(start)}`;
  if (end) return `Left ${formatDay(end)}`;
  return null;
}

/** A number a phone can dial: digits and a leading plus only. */
function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** One person, phone-first: their name, role, and a tap to email or call. */
export function ContactCard({ contact, editable, mayArchive, makingPrimary, restoring, onEdit, onMakePrimary, onArchive, onRestore }: ContactCardProps) {
  const nameId = useId();
  const archived = contact.archivedAt !== null;
  const former = isFormer(contact);
  const affiliation = describeAffiliation(contact);

  return (
    <Card component="li" withBorder padding="md" aria-labelledby={nameId}>
      <Stack gap={6} h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Text id={nameId} fw={700} style={{ overflowWrap: 'anywhere' }}>
              {contact.name}
            </Text>
            {contact.title && (
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {contact.title}
              </Text>
            )}
          </div>
          <Group gap={4} wrap="nowrap">
            {contact.isPrimary && !archived && (
              <Badge color="indigo" variant="light" style={{ minWidth: 'max-content' }}>
                Primary
              </Badge>
            )}
            {former && !archived && (
              <Badge color="gray" variant="light" style={{ minWidth: 'max-content' }}>
                Former
              </Badge>
            )}
            {archived && (
              <Badge color="gray" variant="light" style={{ minWidth: 'max-content' }}>
                Archived
              </Badge>
            )}
          </Group>
        </Group>
        {contact.email && (
          <Anchor href={`mailto:${contact.email}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {contact.email}
          </Anchor>
        )}
        {contact.phone && (
          <Anchor href={telHref(contact.phone)} size="sm">
            {contact.phone}
          </Anchor>
        )}
        {!contact.email && !contact.phone && (
          <Text size="sm" c="dimmed">
            No email or phone yet
          </Text>
        )}
        {affiliation && (
          <Text size="sm" c="dimmed">
            {affiliation}
          </Text>
        )}
        <RecordCardActions
          mt="auto"
          pt={4}
          archived={archived}
          editable={editable}
          mayArchive={mayArchive}
          describedBy={nameId}
          restoring={restoring}
          onRestore={onRestore}
          onEdit={onEdit}
          onArchive={onArchive}
          afterEdit={
            !contact.isPrimary &&
            !former && (
              <Button size="xs" variant="light" onClick={onMakePrimary} loading={makingPrimary} aria-describedby={nameId}>
                Make primary
              </Button>
            )
          }
        />
      </Stack>
    </Card>
  );
}
