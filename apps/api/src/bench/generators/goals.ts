import type { GoalAgreedBy } from '@common-ground/domain';
import { bulkInsert, trackedRecordColumns } from '../bulk-insert';
import type { SeedContext, SeedGenerator } from '../seed-context';
import { between, isoDate } from '../seed-context';
import { GOAL_TEXTS } from '../words';

/**
 * Shared goals, about `scale.goalsPerPartner` a partner on average (prospects fewer). Review dates spread over the
 * last ~20 months, so a realistic share is due (reviewed more than 12 months ago) or never reviewed.
 */
export const goalsGenerator: SeedGenerator = {
  kind: 'goals',
  async run(ctx: SeedContext): Promise<number> {
    const rng = ctx.rng.fork('goals');
    const spread = Math.max(0, ctx.scale.goalsPerPartner - 1);
    const rows: GoalRow[] = [];
    for (const partner of ctx.partners) {
      const early = partner.stage === 'prospect' || partner.stage === 'exploring';
      // 1 + a draw with the requested mean (uniform over 0…2·spread), fewer for early stages.
      const n = early ? rng.int(0, 3) : 1 + Math.min(3, Math.round(rng.float() * 2 * spread));
      for (let k = 0; k < n; k++) {
        const createdAt = between(rng, partner.createdAt, ctx.now);
        const updatedAt = between(rng, createdAt, ctx.now);
        const reviewed = rng.chance(0.8);
        rows.push({
          id: rng.uuid(),
          partnerId: partner.id,
          text: rng.pick(GOAL_TEXTS).replace('{n}', String(rng.pick([5, 10, 12, 20, 25, 50, 100, 200]))),
          agreedBy: rng.weighted<GoalAgreedBy>([['both', 60], ['library', 25], ['partner', 15]]),
          lastReviewedOn: reviewed ? isoDate(ctx.now, -rng.int(0, 600)) : null,
          createdAt,
          updatedAt,
          createdBy: partner.liaisonId ?? rng.pick(ctx.staff).id,
          archivedAt: rng.chance(0.04) ? updatedAt : null,
        });
      }
    }
    return bulkInsert(ctx.db, 'goals', [
      { name: 'id', type: 'uuid', value: (r) => r.id },
      { name: 'partner_id', type: 'uuid', value: (r) => r.partnerId },
      { name: 'text', type: 'text', value: (r) => r.text },
      { name: 'agreed_by', type: 'text', value: (r) => r.agreedBy },
      { name: 'last_reviewed_on', type: 'date', value: (r) => r.lastReviewedOn },
      ...trackedRecordColumns<GoalRow>(),
    ], rows);
  },
};

interface GoalRow {
  id: string;
  partnerId: string;
  text: string;
  agreedBy: GoalAgreedBy;
  lastReviewedOn: string | null;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
  archivedAt: Date | null;
}
