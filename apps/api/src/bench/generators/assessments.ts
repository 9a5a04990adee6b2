import { ASSESSMENT_ITEMS, type Factor, type PartnerStage, VALUE_ITEMS } from '@common-ground/domain';
import { bulkInsert } from '../bulk-insert';
import { WeightedPicker, apportion } from '../random';
import type { SeedContext, SeedGenerator, SeededContact, SeededPartner } from '../seed-context';
import { between, daysBefore, isoDate, latest, onDay, sortByTime } from '../seed-context';

/** How likely a partner in each stage is to have been assessed, and how much (relative weights). */
const STAGE_WEIGHT: Readonly<Record<PartnerStage, number>> = { prospect: 0, exploring: 1, active: 6, sustaining: 5, paused: 2, ended: 1 };
/** Assessments reach back this far: the model's 24-month window. */
const HISTORY_DAYS = 730;
/** Answers of one wave come in within this many days of its opening. */
const WAVE_ANSWER_DAYS = 30;
/** Responses per wave (both sides together). */
const RESPONSES_PER_WAVE: readonly [number, number] = [2, 6];

/**
 * Assessment waves and responses, `scale.assessmentResponses` in all, from both sides: library staff and the
 * partner's contacts, spread over partners (mostly active and sustaining ones) and the last 24 months in waves of a
 * few answers each. Each partnership has a "true" health per factor; answers scatter around it (reverse-worded
 * items answered accordingly), with some "don't know", the value items now and then, and a collaboration level.
 * Partner-side answers come without an invitation row (as if the link had been removed), which the schema allows.
 */
export const assessmentsGenerator: SeedGenerator = {
  kind: 'assessment responses',
  async run(ctx: SeedContext): Promise<number> {
    const rng = ctx.rng.fork('assessments');
    const total = ctx.scale.assessmentResponses;
    const assessed = ctx.partners.filter((p) => !p.archived && STAGE_WEIGHT[p.stage] > 0);
    if (total === 0 || assessed.length === 0) return 0;
    const contactsOf = new Map<string, SeededContact[]>();
    for (const c of ctx.contacts) {
      if (c.archived) continue;
      const list = contactsOf.get(c.partnerId);
      if (list) list.push(c);
      else contactsOf.set(c.partnerId, [c]);
    }
    // About two thirds of the eligible partners were ever assessed, heavier for active ones.
    const picker = new WeightedPicker(assessed, assessed.map((p) => STAGE_WEIGHT[p.stage]));
    const chosen = new Set<SeededPartner>();
    while (chosen.size < Math.min(assessed.length, Math.ceil(assessed.length * 0.66))) chosen.add(picker.pick(rng));
    const partners = [...chosen];
    const perPartner = apportion(total, partners.map((p) => STAGE_WEIGHT[p.stage] * (0.5 + rng.float())), 1);

    const waves: WaveRow[] = [];
    const responses: ResponseRow[] = [];
    partners.forEach((partner, index) => {
      const truth = Object.fromEntries((['SA', 'TW', 'CE', 'IR', 'OC'] as const).map((f) => [f, 2 + rng.float() * 2.6])) as Record<Factor, number>;
      const contacts = contactsOf.get(partner.id) ?? [];
      const since = latest(partner.createdAt, daysBefore(ctx.now, HISTORY_DAYS));
      let left = perPartner[index]!;
      while (left > 0) {
        const size = Math.min(left, rng.int(RESPONSES_PER_WAVE[0], RESPONSES_PER_WAVE[1]));
        left -= size;
        const openedAt = between(rng, since, daysBefore(ctx.now, 1));
        const wave: WaveRow = { id: rng.uuid(), partnerId: partner.id, openedOn: isoDate(openedAt), openedBy: partner.liaisonId ?? rng.pick(ctx.staff).id, createdAt: openedAt };
        waves.push(wave);
        for (let k = 0; k < size; k++) {
          const partnerSide = contacts.length > 0 && rng.chance(0.45);
          const day = isoDate(openedAt, rng.int(0, WAVE_ANSWER_DAYS));
          const answeredAt = latest(openedAt, new Date(Math.min(onDay(rng, day, 8, 20).getTime(), ctx.now.getTime() - 60_000)));
          // The partner's view is a little off the library's now and then: perception gaps exist.
          const tilt = partnerSide ? (rng.chance(0.2) ? -1.2 : 0) : 0;
          responses.push({
            id: rng.uuid(),
            partnerId: partner.id,
            waveId: wave.id,
            side: partnerSide ? 'partner' : 'library',
            userId: partnerSide ? null : rng.pick(ctx.staff).id,
            contactId: partnerSide ? rng.pick(contacts).id : null,
            answeredAt,
            answers: answersAround(rng, truth, tilt),
            collaborationLevel: rng.chance(0.8) ? Math.max(0, Math.min(5, Math.round(truth.CE + tilt + (rng.float() - 0.5) * 2))) : null,
          });
        }
      }
    });
    sortByTime(waves, (w) => w.createdAt);
    sortByTime(responses, (r) => r.answeredAt);
    await bulkInsert(ctx.db, 'assessment_waves', [
      { name: 'id', type: 'uuid', value: (r) => r.id },
      { name: 'partner_id', type: 'uuid', value: (r) => r.partnerId },
      { name: 'opened_on', type: 'date', value: (r) => r.openedOn },
      { name: 'opened_by', type: 'uuid', value: (r) => r.openedBy },
      { name: 'created_at', type: 'timestamptz', value: (r) => r.createdAt.toISOString() },
    ], waves);
    return bulkInsert(ctx.db, 'assessments', [
      { name: 'id', type: 'uuid', value: (r) => r.id },
      { name: 'partner_id', type: 'uuid', value: (r) => r.partnerId },
      { name: 'wave_id', type: 'uuid', value: (r) => r.waveId },
      { name: 'side', type: 'text', value: (r) => r.side },
      { name: 'respondent_user_id', type: 'uuid', value: (r) => r.userId },
      { name: 'respondent_contact_id', type: 'uuid', value: (r) => r.contactId },
      { name: 'answered_at', type: 'timestamptz', value: (r) => r.answeredAt.toISOString() },
      { name: 'answers', type: 'jsonb', value: (r) => JSON.stringify(r.answers) },
      { name: 'collaboration_level', type: 'smallint', value: (r) => r.collaborationLevel },
      { name: 'created_at', type: 'timestamptz', value: (r) => r.answeredAt.toISOString() },
    ], responses);
  },
};

/** Every health item (1–5 around the truth, reverse items mirrored, 8% "don't know"); value items 70% of the time. */
function answersAround(rng: SeedContext['rng'], truth: Record<Factor, number>, tilt: number): Record<string, number | null> {
  const answers: Record<string, number | null> = {};
  for (const item of ASSESSMENT_ITEMS) {
    if (rng.chance(0.08)) {
      answers[item.id] = null;
      continue;
    }
    const value = Math.max(1, Math.min(5, Math.round(truth[item.factor] + tilt + (rng.float() - 0.5) * 2)));
    answers[item.id] = item.reverse ? 6 - value : value;
  }
  if (rng.chance(0.7)) for (const item of VALUE_ITEMS) answers[item.id] = rng.chance(0.1) ? null : rng.int(2, 5);
  return answers;
}

interface WaveRow {
  id: string;
  partnerId: string;
  openedOn: string;
  openedBy: string;
  createdAt: Date;
}

interface ResponseRow {
  id: string;
  partnerId: string;
  waveId: string;
  side: 'library' | 'partner';
  userId: string | null;
  contactId: string | null;
  answeredAt: Date;
  answers: Record<string, number | null>;
  collaborationLevel: number | null;
}
