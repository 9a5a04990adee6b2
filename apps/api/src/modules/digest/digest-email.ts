import type { AttentionItemDto } from '../attention/dto/attention.dto';
import { dateInWords } from '../timeline/timeline-summary';
import type { DigestRecipient } from './digest.repository';

export interface DigestEmail {
  subject: string;
  text: string;
  html: string;
}

interface Section {
  title: string;
  items: AttentionItemDto[];
}

/** Where each item is acted on in the app: the partner page, on the follow-ups tab for a follow-up. */
export function itemLink(appUrl: string, item: AttentionItemDto): string {
  const partner = `${appUrl}/partners/${encodeURIComponent(item.partner.id)}`;
  return item.kind === 'overdue-commitment' ? `${partner}?tab=follow-ups` : partner;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Riverside Food Bank — agreement “MOU 2026”": what the item is about, before its reason. */
function heading(item: AttentionItemDto): string {
  switch (item.kind) {
    case 'agreement-review':
      return `${item.partner.name} — agreement “${item.record.label}”`;
    case 'goal-review':
      return `${item.partner.name} — goal “${item.record.label}”`;
    default:
      return item.partner.name;
  }
}

function sections(items: AttentionItemDto[]): Section[] {
  const of = (...kinds: AttentionItemDto['kind'][]) => items.filter((item) => kinds.includes(item.kind));
  return [
    { title: 'Overdue follow-ups', items: of('overdue-commitment') },
    { title: 'Partners gone quiet', items: of('quiet-partner') },
    { title: 'Reviews due', items: of('agreement-review', 'goal-review') },
    { title: 'Partnership health', items: of('health-concern', 'health-declining', 'assessment-stale') },
  ].filter((section) => section.items.length > 0);
}

function subjectFor(items: AttentionItemDto[]): string {
  const overdue = items.filter((item) => item.kind === 'overdue-commitment').length;
  const quiet = items.filter((item) => item.kind === 'quiet-partner').length;
  const reviews = items.filter((item) => item.kind === 'agreement-review' || item.kind === 'goal-review').length;
  const health = items.length - overdue - quiet - reviews;
  const parts = [
    overdue ? plural(overdue, 'overdue follow-up', 'overdue follow-ups') : '',
    quiet ? plural(quiet, 'quiet partner', 'quiet partners') : '',
    reviews ? plural(reviews, 'review due', 'reviews due') : '',
    health ? plural(health, 'partnership to look at', 'partnerships to look at') : '',
  ].filter(Boolean);
  return `Your week in Common Ground: ${parts.join(', ')}`;
}

/** Text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * One staff member's weekly digest: their attention items by rule, each with its reason and a link, as plain text
 * and as simple HTML (every value escaped: partner names and follow-up descriptions are typed by people).
 */
export function composeDigest(recipient: DigestRecipient, items: AttentionItemDto[], appUrl: string, weekStarting: string): DigestEmail {
  const groups = sections(items);
  const listUrl = `${appUrl}/attention`;
  const intro = `${plural(items.length, 'thing needs', 'things need')} your attention in the week of ${dateInWords(weekStarting)}.`;
  const footer = 'You get this email on Mondays when something on your attention list needs you.';

  const text = [
    `Hello ${recipient.name},`,
    '',
    intro,
    ...groups.flatMap((group) => [
      '',
      `${group.title} (${group.items.length})`,
      ...group.items.flatMap((item) => [`- ${heading(item)}: ${item.reason}`, `  ${itemLink(appUrl, item)}`]),
    ]),
    '',
    `Your whole list: ${listUrl}`,
    '',
    footer,
    '',
  ].join('\n');

  const html = [
    '<!doctype html>',
    '<html><body style="font-family: sans-serif; line-height: 1.4; color: #1a1a1a;">',
    `<p>Hello ${escapeHtml(recipient.name)},</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    ...groups.flatMap((group) => [
      `<h2 style="font-size: 1.1em; margin-top: 1.5em;">${escapeHtml(group.title)} (${group.items.length})</h2>`,
      '<ul>',
      ...group.items.map(
        (item) =>
          `<li><a href="${escapeHtml(itemLink(appUrl, item))}">${escapeHtml(heading(item))}</a>: ${escapeHtml(item.reason)}</li>`,
      ),
      '</ul>',
    ]),
    `<p><a href="${escapeHtml(listUrl)}">Open your whole list</a></p>`,
    `<p style="color: #666; font-size: 0.9em;">${escapeHtml(footer)}</p>`,
    '</body></html>',
    '',
  ].join('\n');

  return { subject: subjectFor(items), text, html };
}
