import { Button, Group, Modal, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { notifySuccess } from '../../../components/ui/notify';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import type { Partner } from '../../../lib/api-types';
import { toProblemError, type ProblemError } from '../../../lib/problem-error';
import { ConfirmArchiveModal } from '../../goals/shared/confirm-archive-modal';
import { useMayArchive } from '../../goals/shared/may-archive';
import { contactsKeys, partnerContactsQueryOptions } from '../api/contacts-queries';
import type { Contact } from '../api/types';
import { useArchiveContact, useRestoreContact, useUpdateContact } from '../api/use-contact-mutations';
import { ContactCard, isFormer } from './contact-card';
import { ContactForm } from './contact-form';

type FormState = { mode: 'add' } | { mode: 'edit'; contact: Contact } | null;

/** The partner page's "Contacts" tab: the people at the partner, as cards that work one-handed on a phone. */
export function PartnerContactsTab({ partner }: { partner: Partner }) {
  const headingId = useId();
  const queryClient = useQueryClient();
  const [showFormer, setShowFormer] = useState(false);
  const contacts = useQuery(partnerContactsQueryOptions(partner.id, showFormer ? 'all' : 'false'));
  // Each dialog keeps its subject while it animates closed, so its text does not vanish mid-transition.
  const [formState, setFormState] = useState<FormState>(null);
  const [formOpened, setFormOpened] = useState(false);
  const [archiving, setArchiving] = useState<Contact | null>(null);
  const [archiveOpened, setArchiveOpened] = useState(false);
  const [actionProblem, setActionProblem] = useState<ProblemError | null>(null);
  const update = useUpdateContact(partner.id);
  const archive = useArchiveContact(partner.id);
  const restore = useRestoreContact(partner.id);
  const mayArchive = useMayArchive();
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const editable = partner.archivedAt === null;

  const reload = () => {
    setActionProblem(null);
    void queryClient.invalidateQueries({ queryKey: contactsKeys.partner(partner.id) });
  };

  const openForm = (state: Exclude<FormState, null>) => {
    setFormState(state);
    setFormOpened(true);
  };

  const makePrimary = (contact: Contact) => {
    setActionProblem(null);
    update.mutate(
      { id: contact.id, version: contact.version, isPrimary: true },
      {
        onSuccess: (saved) => notifySuccess(`${saved.name} is now the primary contact`),
        onError: (error) => setActionProblem(toProblemError(error)),
      },
    );
  };

  const restoreContact = (contact: Contact) => {
    setActionProblem(null);
    restore.mutate(
      { id: contact.id, version: contact.version },
      {
        onSuccess: (saved) => notifySuccess(`${saved.name} restored`),
        onError: (error) => setActionProblem(toProblemError(error)),
      },
    );
  };

  const closeArchive = () => {
    archive.reset();
    setArchiveOpened(false);
  };

  const confirmArchive = () => {
    if (!archiving) return;
    archive.mutate(
      { id: archiving.id, version: archiving.version },
      {
        onSuccess: (saved) => {
          notifySuccess(`${saved.name} archived`);
          closeArchive();
        },
      },
    );
  };

  const all = contacts.data?.items ?? [];
  // Unless asked, only the people there now: archived contacts are not fetched, and those who have left are hidden.
  const items = showFormer
    ? [...all].sort((a, b) => Number(a.archivedAt !== null) - Number(b.archivedAt !== null))
    : all.filter((contact) => !isFormer(contact));
  const hiddenFormer = showFormer ? 0 : all.length - items.length;
  // The form edits the latest copy, so "Reload" after a conflict brings the new version (the typed values stay).
  const editing = formState?.mode === 'edit' ? (all.find((contact) => contact.id === formState.contact.id) ?? formState.contact) : undefined;

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Title order={2} id={headingId}>
          Contacts
        </Title>
        {editable && <Button onClick={() => openForm({ mode: 'add' })}>Add a contact</Button>}
      </Group>

      {actionProblem && (
        <ProblemAlert problem={actionProblem} title="That change wasn't saved" onReload={reload} reloadLabel="Reload" onClose={() => setActionProblem(null)} />
      )}

      {contacts.isPending ? (
        <ListSkeleton rows={3} label="Loading contacts" />
      ) : contacts.isError ? (
        <ProblemAlert problem={toProblemError(contacts.error)} title="Contacts didn't load" onRetry={() => void contacts.refetch()} />
      ) : items.length === 0 ? (
        <Text c="dimmed">
          {showFormer
            ? 'No contacts, current, former or archived.'
            : `No current contacts at ${partner.name} yet — add the people you work with there.`}
        </Text>
      ) : (
        <SimpleGrid component="ul" cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" p={0} m={0} aria-labelledby={headingId} style={{ listStyle: 'none' }}>
          {items.map((contact) => (
            <ContactCard
              key={contact.id}
              contact={contact}
              editable={editable}
              mayArchive={mayArchive(contact)}
              makingPrimary={update.isPending && update.variables.id === contact.id}
              restoring={restore.isPending && restore.variables.id === contact.id}
              onEdit={() => openForm({ mode: 'edit', contact })}
              onMakePrimary={() => makePrimary(contact)}
              onArchive={() => {
                setArchiving(contact);
                setArchiveOpened(true);
              }}
              onRestore={() => restoreContact(contact)}
            />
          ))}
        </SimpleGrid>
      )}

      {hiddenFormer > 0 && (
        <Text size="sm" c="dimmed">
          {hiddenFormer === 1 ? '1 former contact is hidden.' : `${hiddenFormer} former contacts are hidden.`}
        </Text>
      )}
      <Switch label="Show former and archived contacts" checked={showFormer} onChange={(event) => setShowFormer(event.currentTarget.checked)} />

      <Modal
        opened={formOpened}
        onClose={() => setFormOpened(false)}
        title={editing ? `Edit ${editing.name}` : 'Add a contact'}
        size="lg"
        fullScreen={isPhone}
      >
        {formState && (
          <ContactForm
            key={editing?.id ?? 'new'}
            partnerId={partner.id}
            contact={editing}
            onDone={() => setFormOpened(false)}
          />
        )}
      </Modal>

      <ConfirmArchiveModal
        opened={archiveOpened}
        title={`Archive ${archiving?.name ?? 'this contact'}?`}
        confirmLabel="Archive contact"
        pending={archive.isPending}
        error={archive.error}
        onConfirm={confirmArchive}
        onClose={closeArchive}
        onReload={() => {
          reload();
          closeArchive();
        }}
      >
        {archiving?.name} will no longer be listed as a contact at {partner.name}
        {archiving?.isPrimary ? ', and the partner will have no primary contact until you choose one.' : '.'}
      </ConfirmArchiveModal>
    </Stack>
  );
}
