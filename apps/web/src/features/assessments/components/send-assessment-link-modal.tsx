import { Alert, Button, CopyButton, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { formatDate } from '../../../lib/format-date';
import { type ProblemError, toProblemError } from '../../../lib/problem-error';
import { partnerContactsQueryOptions } from '../../contacts/api/contacts-queries';
import type { CreatedInvitation } from '../api/types';
import { useCreateInvitation } from '../api/use-assessment-mutations';

interface SendAssessmentLinkModalProps {
  partner: { id: string; name: string };
  opened: boolean;
  onClose: () => void;
  /** Whether email is set up (from the partner's assessments); unknown: offer it, and explain if the API refuses. */
  emailEnabled?: boolean;
}

/**
 * A manager creates a one-time link for one of the partner's contacts: emailed to them when email is set up, or
 * shown to copy. The link is shown once (only its hash is kept), with the day it stops working.
 */
export function SendAssessmentLinkModal({ partner, opened, onClose, emailEnabled }: SendAssessmentLinkModalProps) {
  const contacts = useQuery({ ...partnerContactsQueryOptions(partner.id, 'false'), enabled: opened });
  const create = useCreateInvitation(partner.id);
  const [contactId, setContactId] = useState<string | null>(null);
  const [contactError, setContactError] = useState<string | null>(null);
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const contact = contacts.data?.items.find((candidate) => candidate.id === contactId);

  const close = () => {
    setCreated(null);
    setProblem(null);
    setContactError(null);
    setContactId(null);
    onClose();
  };

  const send = async (sendEmail: boolean) => {
    setProblem(null);
    setContactError(null);
    if (!contactId) {
      setContactError('Choose the contact who should answer');
      return;
    }
    try {
      setCreated(await create.mutateAsync({ contactId, sendEmail }));
    } catch (error) {
      const problemError = toProblemError(error);
      const onContact = problemError.fieldErrors.find((fieldProblem) => fieldProblem.field === 'contactId');
      if (onContact) setContactError(onContact.message);
      else setProblem(problemError);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={`Send an assessment link to ${partner.name}`} size="lg">
      {created ? (
        <CreatedLink created={created} onDone={close} />
      ) : (
        <Stack gap="md">
          <Text size="sm">
            The contact answers the partnership assessment from their side, on a phone or a computer, with no account. The link works once, for
            30 days.
          </Text>
          {contacts.isError && <ProblemAlert problem={toProblemError(contacts.error)} title="The contacts didn't load" onRetry={() => void contacts.refetch()} />}
          {contacts.data && contacts.data.items.length === 0 ? (
            <Alert color="yellow" variant="light" title="No contacts yet">
              Add a contact to this partner first: the link is made for one person.
            </Alert>
          ) : (
            <Select
              id="assessment-link-contact"
              label="Who should answer?"
              placeholder={contacts.isPending ? 'Loading contacts…' : 'Choose a contact'}
              data={(contacts.data?.items ?? []).map((candidate) => ({
                value: candidate.id,
                label: candidate.email ? `${candidate.name} (${candidate.email})` : `${candidate.name} (no email)`,
              }))}
              value={contactId}
              onChange={(value) => {
                setContactId(value);
                setContactError(null);
              }}
              error={contactError}
              searchable
              required
            />
          )}
          {problem && <ProblemAlert problem={problem} title="No link was made" />}
          {emailEnabled === false && (
            <Text size="sm" c="dimmed">
              Email is not set up for Common Ground, so copy the link and send it yourself.
            </Text>
          )}
          <Group gap="sm">
            {emailEnabled !== false && (
              <Button onClick={() => void send(true)} loading={create.isPending} disabled={contact !== undefined && !contact.email}>
                Email it
              </Button>
            )}
            <Button variant={emailEnabled === false ? 'filled' : 'default'} onClick={() => void send(false)} loading={create.isPending}>
              Create a link to copy
            </Button>
          </Group>
          {contact && !contact.email && emailEnabled !== false && (
            <Text size="sm" c="dimmed">
              {contact.name} has no email address: create a link to copy, or add their email first.
            </Text>
          )}
        </Stack>
      )}
    </Modal>
  );
}

function CreatedLink({ created, onDone }: { created: CreatedInvitation; onDone: () => void }) {
  const { invitation, link } = created;
  return (
    <Stack gap="md">
      <Alert color="green" variant="light" title={invitation.emailedAt ? `Emailed to ${invitation.contact.name}` : `Link ready for ${invitation.contact.name}`}>
        <Text size="sm">
          {invitation.emailedAt ? `We sent it to ${invitation.contact.email}. ` : 'Copy it and send it to them. '}
          It works once, until {formatDate(invitation.expiresAt)}. This is the only time the link is shown.
        </Text>
      </Alert>
      <TextInput label="Assessment link" value={link} readOnly onFocus={(event) => event.currentTarget.select()} />
      <Group gap="sm">
        <CopyButton value={link}>
          {({ copied, copy }) => (
            <Button onClick={copy} color={copied ? 'teal' : undefined} variant={copied ? 'light' : 'filled'}>
              {copied ? 'Copied' : 'Copy link'}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" onClick={onDone}>
          Done
        </Button>
      </Group>
    </Stack>
  );
}
