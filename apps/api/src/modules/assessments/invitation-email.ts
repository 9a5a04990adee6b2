import type { OutgoingMail } from '../digest/mailer';

export interface InvitationEmailFacts {
  contact: { name: string; email: string };
  sender: string;
  partnerName: string;
  libraryName: string;
  link: string;
  expiresAt: Date;
}

/** "Tue 3 Mar 2026", in UTC (dates the API shows are UTC days). */
export function formatDay(instant: Date): string {
  return instant.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).replace(/,/g, '');
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** The invitation email: who is asking, for which partnership, the link and until when it works. */
export function invitationEmail(facts: InvitationEmailFacts): OutgoingMail {
  const firstName = facts.contact.name.trim().split(/\s+/)[0] ?? facts.contact.name;
  const expires = formatDay(facts.expiresAt);
  const paragraphs = [
    `Hello ${firstName},`,
    `${facts.sender} at ${facts.libraryName} is asking how the partnership between ${facts.libraryName} and ${facts.partnerName} is going, from your side.`,
    'It is 25 short statements and takes about five minutes. You can answer “Don’t know” to any of them. No account is needed.',
    `The link works once, until ${expires}.`,
  ];
  const text = [...paragraphs.slice(0, 3), facts.link, paragraphs[3], `Thank you,\n${facts.sender}`].join('\n\n');
  const html = [
    ...paragraphs.slice(0, 3).map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(facts.link)}">Answer the partnership assessment</a></p>`,
    `<p>${escapeHtml(paragraphs[3]!)}</p>`,
    `<p>Thank you,<br>${escapeHtml(facts.sender)}</p>`,
  ].join('\n');
  return {
    to: { name: facts.contact.name, address: facts.contact.email },
    subject: `${facts.libraryName} and ${facts.partnerName}: how is our partnership going?`,
    text,
    html,
  };
}
