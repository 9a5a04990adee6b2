import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { codedProblem, librarianMe, managerMe, mockApi, pageOf } from '../../../test/mock-api';
import { contactFixture } from '../../../test/fixtures/communications';
import { partnerFixture } from '../../../test/fixtures/partners';
import { renderApp } from '../../../test/render-app';
import type { AssessmentResponse, CreatedInvitation, PartnerAssessments } from '../api/types';
import { itemBankFixture, noAssessments } from '../test-fixtures';

const partner = partnerFixture({ id: 'p-1', name: 'Riverside Food Bank' });
const ana = contactFixture({ id: 'c-ana', name: 'Ana Ruiz', email: 'ana@riverside.test' });
const ben = contactFixture({ id: 'c-ben', name: 'Ben Okafor', email: null });
const INVITE = 'POST /api/v1/partners/p-1/assessment-invitations';

const created = (emailedAt: string | null): CreatedInvitation => ({
  invitation: {
    id: 'i-1',
    contact: { id: ana.id, name: ana.name, email: ana.email },
    status: 'pending',
    createdAt: '2026-03-15T12:00:00.000Z',
    expiresAt: '2026-04-14T12:00:00.000Z',
    emailedAt,
    usedAt: null,
  },
  link: 'https://crm.library.test/assessment/abcDEF123_-',
});

function start(me: typeof managerMe, assessments: PartnerAssessments, extra: Parameters<typeof mockApi>[0] = {}) {
  const api = mockApi({
    'GET /api/v1/auth/me': { status: 200, body: me },
    'GET /api/v1/partners/p-1': { status: 200, body: partner },
    'GET /api/v1/assessment-items': { status: 200, body: itemBankFixture },
    'GET /api/v1/partners/p-1/assessments': { status: 200, body: assessments },
    'GET /api/v1/partners/p-1/contacts': pageOf([ana, ben]),
    ...extra,
  });
  renderApp('/partners/p-1/assessments');
  return api;
}

async function openAndChoose(contactName: RegExp) {
  await userEvent.click(await screen.findByRole('button', { name: 'Send an assessment link' }));
  const dialog = await screen.findByRole('dialog', { name: 'Send an assessment link to Riverside Food Bank' });
  await userEvent.click(within(dialog).getByRole('combobox', { name: /Who should answer/ }));
  await userEvent.click(await screen.findByRole('option', { name: contactName }));
  return dialog;
}

describe('A partner’s assessments and links', { timeout: 60_000 }, () => {
  it('lets a manager create a link to copy when email is not set up: shown once, with its expiry and a copy button', async () => {
    const { requests } = start(managerMe, noAssessments(false), { [INVITE]: { status: 201, body: created(null) } });
    const dialog = await openAndChoose(/^Ana Ruiz/);
    expect(within(dialog).queryByRole('button', { name: 'Email it' })).not.toBeInTheDocument();
    expect(within(dialog).getByText(/Email is not set up/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create a link to copy' }));

    expect(await within(dialog).findByText('Link ready for Ana Ruiz')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Assessment link' })).toHaveValue('https://crm.library.test/assessment/abcDEF123_-');
    expect(within(dialog).getByText(/until Tue 14 Apr 2026\. This is the only time the link is shown\./)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ contactId: 'c-ana', sendEmail: false });
  });

  it('emails the link when email is set up, and says so', async () => {
    const { requests } = start(managerMe, noAssessments(true), { [INVITE]: { status: 201, body: created('2026-03-15T12:00:00.000Z') } });
    const dialog = await openAndChoose(/^Ana Ruiz/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Email it' }));
    expect(await within(dialog).findByText('Emailed to Ana Ruiz')).toBeInTheDocument();
    expect(within(dialog).getByText(/We sent it to ana@riverside\.test/)).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ contactId: 'c-ana', sendEmail: true });
  });

  it('explains a refusal from the API (email not set up after all) and keeps the dialog open', async () => {
    const refusal = codedProblem(409, 'email-not-configured', 'Email is not set up', 'Email is not set up for Common Ground (no SMTP_URL), so the link cannot be emailed.');
    start(managerMe, noAssessments(true), { [INVITE]: { status: 409, body: refusal } });
    const dialog = await openAndChoose(/^Ana Ruiz/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Email it' }));
    expect(await within(dialog).findByText(/no SMTP_URL/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Create a link to copy' })).toBeInTheDocument();
  });

  it('cannot email a contact without an email address', async () => {
    start(managerMe, noAssessments(true));
    const dialog = await openAndChoose(/^Ben Okafor/);
    expect(within(dialog).getByRole('button', { name: 'Email it' })).toBeDisabled();
    expect(within(dialog).getByText(/Ben Okafor has no email address/)).toBeInTheDocument();
  });

  it('shows a librarian the averages of each response and no way to send links', async () => {
    const response: AssessmentResponse = {
      id: 'a-1',
      waveId: 'w-1',
      side: 'partner',
      respondent: { kind: 'contact', id: 'c-ana', name: 'Ana Ruiz' },
      answeredAt: '2026-03-10T12:00:00.000Z',
      factorMeans: { SA: 4.2, TW: null, CE: 3, IR: 4, OC: 2.6 },
      collaborationLevel: 3,
    };
    start(librarianMe, { waves: [{ id: 'w-1', openedOn: '2026-03-01', responses: [response], invitations: [] }], emailEnabled: true });
    expect(await screen.findByRole('heading', { name: 'Round opened Sun 1 Mar 2026' })).toBeInTheDocument();
    expect(screen.getByText('Ana Ruiz')).toBeInTheDocument();
    expect(screen.getByText('4.2')).toBeInTheDocument();
    expect(screen.getByText('Too few answers')).toBeInTheDocument();
    expect(screen.getByText('Level of collaboration: 3. Coordination')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Answers and comments' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Send an assessment link' })).not.toBeInTheDocument());
  });
});
