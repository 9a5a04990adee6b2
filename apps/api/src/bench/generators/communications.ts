import { type Channel, FACTORS, type PartnerStage, SUBSTANTIVE_BY_DEFAULT } from '@common-ground/domain';
import { bulkInsert, trackedRecordColumns } from '../bulk-insert';
import { apportion, type Rng } from '../random';
import type { SeedContext, SeededCommunication, SeededPartner, SeedGenerator } from '../seed-context';
import { between, daysBefore, sortByTime } from '../seed-context';
import { COMMUNICATION_OUTCOMES, COMMUNICATION_TOPICS, FACTOR_NOTES } from '../words';

const HOUR_MS = 3_600_000;
/** The window the data set's communications cover. */
const HISTORY_DAYS = 730;

/** How much a partner in each stage is talked to, relative to an active one. */
const STAGE_ACTIVITY: Record<PartnerStage, number> = { prospect: 0.15, exploring: 0.5, active: 1.6, sustaining: 1.4, paused: 0.35, ended: 0.25 };

const CHANNEL_WEIGHTS: ReadonlyArray<readonly [Channel, number]> = [
  ['email', 35], ['meeting', 20], ['call', 20], ['video', 10], ['event', 8], ['site-visit', 7],
];

const CHANNEL_PHRASES: Record<Channel, readonly string[]> = {
  meeting: ['Met with {who} about', 'Planning meeting with {who} on', 'Sat down with {who} to go over'],
  call: ['Call with {who} about', '{who} called about', 'Phoned {who} about'],
  email: ['Email from {who} about', 'Emailed {who} about', 'Exchange with {who} about'],
  video: ['Video call with {who} on', 'Zoom with {who} about'],
  'site-visit': ['Visited {who} at their site to look at', 'Site visit with {who} to discuss'],
  event: ['Saw {who} at their event; talked about', 'Chatted with {who} at the branch event about'],
};

/**
 * Exactly `scale.communications` logged communications over the last two years, spread very unevenly: active and
 * sustaining partners are talked to most, and within a stage a few partners get many times the median (a squared
 * uniform weight, as for contacts). Each partner's last contact sits a drawn number of days before now: mostly
 * within its cadence, about one in six engaged partners beyond it (quiet) and a few just short of it (going quiet),
 * so the attention list has realistic work. Paused and ended partners stopped being contacted a while ago.
 * About 1.3 staff and 1 contact take part in each; ~15% carry 1–2 factor tags (their own stream, 'factor tags').
 * Rows are inserted in the order they were logged, so a partner's communications are spread over the table as
 * they would be in a real database, not stored side by side.
 */
export const communicationsGenerator: SeedGenerator = {
  kind: 'communications',
  async run(ctx: SeedContext): Promise<number> {
    const rng = ctx.rng.fork('communications');
    const tagRng = ctx.rng.fork('factor tags');
    const liveContacts = new Map<string, string[]>();
    const firstNames = new Map<string, string>();
    for (const c of ctx.contacts) {
      if (c.archived) continue;
      firstNames.set(c.id, c.name.split(' ')[0]!);
      const list = liveContacts.get(c.partnerId);
      if (list) list.push(c.id);
      else liveContacts.set(c.partnerId, [c.id]);
    }
    const weights = ctx.partners.map((p) => STAGE_ACTIVITY[p.stage] * (0.2 + rng.float() ** 2 * 3));
    const counts = apportion(ctx.scale.communications, weights);
    const start = daysBefore(ctx.now, HISTORY_DAYS);

    const rows: SeededCommunication[] = [];
    ctx.partners.forEach((partner, index) => {
      const n = counts[index]!;
      if (n === 0) return;
      const { from, to } = contactWindow(rng, partner, start, ctx.now);
      const contacts = liveContacts.get(partner.id) ?? [];
      for (let k = 0; k < n; k++) {
        // The first one drawn lands on the window's end as a two-way, substantive conversation, so the partner's last
        // contact is exactly where it was drawn.
        const last = k === 0;
        const occurredAt = last ? to : between(rng, from, to);
        const channel = rng.weighted(CHANNEL_WEIGHTS);
        const author = partner.liaisonId && rng.chance(0.7) ? partner.liaisonId : rng.pick(ctx.staff).id;
        const staffIds = [author];
        if (rng.chance(0.25)) {
          const other = rng.pick(ctx.staff).id;
          if (other !== author) staffIds.push(other);
        }
        const contactIds = rng.sample(contacts, rng.weighted([[0, 20], [1, 55], [2, 20], [3, 5]] as const));
        const twoWay = (channel === 'email' ? rng.chance(0.75) : channel === 'event' ? rng.chance(0.9) : rng.chance(0.97)) || last;
        const substantive = (rng.chance(0.1) ? !SUBSTANTIVE_BY_DEFAULT[channel] : SUBSTANTIVE_BY_DEFAULT[channel]) || last;
        // Logged within a few hours (never after now).
        const createdAt = new Date(Math.min(occurredAt.getTime() + rng.int(5, 240) * 60_000, ctx.now.getTime()));
        const archivedAt = rng.chance(0.005) ? between(rng, createdAt, ctx.now) : null;
        rows.push({
          id: rng.uuid(),
          partnerId: partner.id,
          channel,
          occurredAt,
          createdAt,
          createdBy: author,
          initiatedBy: rng.chance(0.6) ? 'library' : 'partner',
          twoWay,
          substantive,
          summary: summarise(rng, channel, contactIds.length > 0 ? firstNames.get(contactIds[0]!)! : 'their team'),
          staffIds,
          contactIds,
          // The last contact stays live (an archived one no longer counts as contact).
          updatedAt: last ? createdAt : (archivedAt ?? createdAt),
          archivedAt: last ? null : archivedAt,
          factorTags: tagRng.chance(0.15) ? drawTags(tagRng) : [],
        });
      }
    });
    sortByTime(rows, (r) => r.createdAt);

    // The trigger that keeps partners.last_contact_at would lock and recompute a partner for each of these rows,
    // through an index the load has set aside: off for the load, then every partner set at once (as for the
    // programs' session totals).
    await ctx.db.query('ALTER TABLE communications DISABLE TRIGGER "TRG_communications_last_contact_insert"');
    const count = await bulkInsert(ctx.db, 'communications', [
      { name: 'id', type: 'uuid', value: (r) => r.id },
      { name: 'partner_id', type: 'uuid', value: (r) => r.partnerId },
      { name: 'occurred_at', type: 'timestamptz', value: (r) => r.occurredAt.toISOString() },
      { name: 'channel', type: 'text', value: (r) => r.channel },
      { name: 'initiated_by', type: 'text', value: (r) => r.initiatedBy },
      { name: 'two_way', type: 'boolean', value: (r) => r.twoWay },
      { name: 'substantive', type: 'boolean', value: (r) => r.substantive },
      { name: 'summary', type: 'text', value: (r) => r.summary },
      { name: 'staff_participant_ids', type: 'uuid[]', value: (r) => r.staffIds },
      { name: 'contact_participant_ids', type: 'uuid[]', value: (r) => r.contactIds },
      ...trackedRecordColumns<SeededCommunication>(),
    ], rows);
    await ctx.db.query('ALTER TABLE communications ENABLE TRIGGER "TRG_communications_last_contact_insert"');
    await ctx.db.query(UPDATE_PARTNER_LAST_CONTACT);
    ctx.communications = rows;
    return count;
  },
};

/**
 * Every partner's last two-way, substantive live contact in one statement, as the trigger of the partner-last-contact
 * migration computes it for one partner (partners never contacted keep null).
 */
export const UPDATE_PARTNER_LAST_CONTACT = `
  UPDATE partners p SET last_contact_at = lc.latest
    FROM (SELECT partner_id, max(occurred_at) AS latest FROM communications
           WHERE two_way AND substantive AND archived_at IS NULL GROUP BY partner_id) lc
   WHERE p.id = lc.partner_id AND p.last_contact_at IS DISTINCT FROM lc.latest`;

/** The factor tags drawn with each communication, in their own table. */
export const factorTagsGenerator: SeedGenerator = {
  kind: 'factor tags',
  async run(ctx: SeedContext): Promise<number> {
    const rows = ctx.communications.flatMap((c) => c.factorTags.map((t) => ({ communicationId: c.id, ...t })));
    return bulkInsert(ctx.db, 'communication_factor_tags', [
      { name: 'communication_id', type: 'uuid', value: (r) => r.communicationId },
      { name: 'factor', type: 'text', value: (r) => r.factor },
      { name: 'sign', type: 'text', value: (r) => r.sign },
      { name: 'note', type: 'text', value: (r) => r.note },
    ], rows);
  },
};

/**
 * When a partner was talked to: from its creation (at most two years back) to its last contact. Engaged partners'
 * last contact is drawn against their cadence: 70% comfortably within it, 15% in its last quarter (some of them
 * "going quiet"), 15% past it (quiet, up to three cadences). Early-stage partners were contacted lately; paused and
 * ended ones stopped a while ago.
 */
function contactWindow(rng: Rng, partner: SeededPartner, start: Date, now: Date): { from: Date; to: Date } {
  const cadence = partner.contactCadenceDays;
  let gapDays: number;
  switch (partner.stage) {
    case 'active':
    case 'sustaining': {
      const roll = rng.float();
      gapDays = roll < 0.7 ? rng.float() * cadence * 0.75 : roll < 0.85 ? cadence * (0.75 + rng.float() * 0.25) : cadence * (1 + rng.float() * 2);
      break;
    }
    case 'prospect':
    case 'exploring':
      gapDays = rng.float() * 60;
      break;
    case 'paused':
      gapDays = 30 + rng.float() * 170;
      break;
    case 'ended':
      gapDays = 60 + rng.float() * 440;
      break;
  }
  // A whole hour of a working day (14:00–22:00 UTC), at least a day back so nothing is logged "today".
  const to = new Date(daysBefore(now, Math.max(1, Math.floor(gapDays))).setUTCHours(rng.int(14, 22), rng.int(0, 59), 0, 0));
  const from = partner.createdAt > start ? partner.createdAt : start;
  return { from: from < to ? from : new Date(to.getTime() - 30 * 24 * HOUR_MS), to };
}

function summarise(rng: Rng, channel: Channel, who: string): string {
  const opener = rng.pick(CHANNEL_PHRASES[channel]).replace('{who}', who);
  const sentence = `${opener} ${rng.pick(COMMUNICATION_TOPICS)}.`;
  const outcome = rng.pick(COMMUNICATION_OUTCOMES);
  return (outcome ? `${sentence} ${outcome}` : sentence).replace(/^./, (c) => c.toUpperCase());
}

function drawTags(rng: Rng): SeededCommunication['factorTags'] {
  const factors = rng.sample(FACTORS.keys, rng.chance(0.7) ? 1 : 2);
  // One per factor, in the vocabulary's order (as the API stores and shows them).
  factors.sort((a, b) => FACTORS.keys.indexOf(a) - FACTORS.keys.indexOf(b));
  return factors.map((factor) => ({
    factor,
    sign: rng.chance(0.75) ? 'positive' : 'negative',
    note: rng.chance(0.5) ? rng.pick(FACTOR_NOTES[factor]) : null,
  }));
}
