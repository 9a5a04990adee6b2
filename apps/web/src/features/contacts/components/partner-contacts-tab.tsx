import { Button, Modal, SimpleGrid, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmArchiveModal } from '../../../components/ui/confirm-archive-modal';
import { notifySuccess } from '../../../components/ui/notify';
import { RecordSection } from '../../../components/ui/record-section';
import { useRecordListActions } from '../../../hooks/use-record-list-actions';
import type { Partner } from '../../../lib/api-types';
import { toProblemError } from '../../../lib/problem-error';
import { archivedLast } from '../../../lib/records';
import { useMayArchive } from '../../partners/hooks/use-may-archive';
import { contactsKeys, partnerContactsQueryOptions } from '../api/contacts-queries';
import type { Contact } from '../api/types';
import { useArchiveContact, useRestoreContact, useUpdateContact } from '../api/use-contact-mutations';
import { ContactCard, isFormer } from './contact-card';
import { ContactForm } from './contact-form';

type FormState = { mode: 'add' } | { mode: 'edit'; contact: Contact } | null;

/** The partner page's "Contacts" tab: the people at the partner, as cards that work one-handed on a phone. */
export function PartnerContactsTab({ partner }: { partner: Partner }) {
  const [showFormer, setShowFormer] = useState(false);
  const contacts = useQuery(partnerContactsQueryOptions(partner.id, showFormer ? 'all' : 'false'));
  // The form dialog keeps its subject while it animates closed, so its text does not vanish mid-transition.
  const [formState, setFormState] = useState<FormState>(null);
  const [formOpened, setFormOpened] = useState(false);
  const actions = useRecordListActions<Contact, Contact>({
    listKey: contactsKeys.partner(partner.id),
    archive: useArchiveContact(partner.id),
    onArchived: (saved) => notifySuccess(`${saved.name} archived`),
  });
  const update = useUpdateContact(partner.id);
  const restore = useRestoreContact(partner.id);
  const mayArchive = useMayArchive();
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const editable = partner.archivedAt === null;

  const openForm = (state: Exclude<FormState, null>) => {
    setFormState(state);
    setFormOpened(true);
  };

  const makePrimary = (contact: Contact) => {
    actions.setProblem(null);
    update.mutate(
      { id: contact.id, version: contact.version, isPrimary: true },
      {
        onSuccess: (saved) => notifySuccess(`${saved.name} is now the primary contact`),
        onError: (error) => actions.setProblem(toProblemError(error)),
      },
    );
  };

  const restoreContact = (contact: Contact) => {
    actions.setProblem(null);
    restore.mutate(
      { id: contact.id, version: contact.version },
      {
        onSuccess: (saved) => notifySuccess(`${saved.name} restored`),
        onError: (error) => actions.setProblem(toProblemError(error)),
      },
    );
  };

  const all = contacts.data?.items ?? [];
  // Unless asked, only the people there now: archived contacts are not fetched, and those who have left are hidden.
  const items = showFormer ? archivedLast(all) : all.filter((contact) => !isFormer(contact));
  const hiddenFormer = showFormer ? 0 : all.length - items.length;
  // The form edits the latest copy, so "Reload" after a conflict brings the new version (the typed values stay).
  const editing = formState?.mode === 'edit' ? (all.find((contact) => contact.id === formState.contact.id) ?? formState.contact) : undefined;

  return (
    <RecordSection
      title="Contacts"
      action={editable && <Button onClick={() => openForm({ mode: 'add' })}>Add a contact</Button>}
      actionProblem={actions.problem}
      onReload={actions.reload}
      onDismissProblem={() => actions.setProblem(null)}
      query={contacts}
      skeletonRows={3}
      loadingLabel="Loading contacts"
      errorTitle="Contacts didn't load"
      empty={items.length === 0}
      emptyText={showFormer ? 'No contacts, current, former or archived.' : `No current contacts at ${partner.name} yet — add the people you work with there.`}
      renderList={(headingId) => (
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
              onArchive={() => actions.openArchive(contact)}
              onRestore={() => restoreContact(contact)}
            />
          ))}
        </SimpleGrid>
      )}
      note={
        hiddenFormer > 0 && (
          <Text size="sm" c="dimmed">
            {hiddenFormer === 1 ? '1 former contact is hidden.' : `${hiddenFormer} former contacts are hidden.`}
          </Text>
        )
      }
      archivedToggle={{ label: 'Show former and archived contacts', checked: showFormer, onChange: setShowFormer }}
    >
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

      <ConfirmArchiveModal {...actions.archiveDialog} title={`Archive ${actions.archiving?.name ?? 'this contact'}?`} confirmLabel="Archive contact">
        {actions.archiving?.name} will no longer be listed as a contact at {partner.name}
        {actions.archiving?.isPrimary ? ', and the partner will have no primary contact until you choose one.' : '.'}
      </ConfirmArchiveModal>
    </RecordSection>
  );
}
