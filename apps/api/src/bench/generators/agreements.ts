import type { AgreementKind } from '@common-ground/domain';
import { bulkInsert, trackedRecordColumns } from '../bulk-insert';
import type { SeedContext, SeedGenerator } from '../seed-context';
import { between, isoDate } from '../seed-context';
import { AGREEMENT_TITLES } from '../words';

/**
 * Agreements, about `scale.agreementsPerPartner` a partner on average: engaged partners usually have one or two,
 * prospects none. Review dates from a year ago to a year ahead, so some are overdue and some due within 30 days.
 */
export const agreementsGenerator: SeedGenerator = {
  kind: 'agreements',
  async run(ctx: SeedContext): Promise<number> {
    const rng = ctx.rng.fork('agreements');
    const mean = ctx.scale.agreementsPerPartner;
    const rows: AgreementRow[] = [];
    for (const partner of ctx.partners) {
      const stageFactor = { prospect: 0, exploring: 0.4, active: 1.4, sustaining: 1.6, paused: 0.9, ended: 0.8 }[partner.stage];
      const expected = mean * stageFactor;
      const n = Math.floor(expected) + (rng.chance(expected - Math.floor(expected)) ? 1 : 0);
      for (let k = 0; k < n; k++) {
        const kind = rng.weighted<AgreementKind>([['mou', 40], ['informal', 30], ['letter', 18], ['contract', 12]]);
        const createdAt = between(rng, partner.createdAt, ctx.now);
        const updatedAt = between(rng, createdAt, ctx.now);
        const startsOn = kind === 'informal' && rng.chance(0.5) ? null : isoDate(createdAt, rng.int(0, 30));
        const endsOn = startsOn && rng.chance(0.7) ? isoDate(new Date(`${startsOn}T00:00:00Z`), rng.pick([180, 365, 730, 1095])) : null;
        rows.push({
          id: rng.uuid(),
          partnerId: partner.id,
          kind,
          title: rng.pick(AGREEMENT_TITLES),
          startsOn,
          endsOn,
          reviewOn: rng.chance(0.85) ? isoDate(ctx.now, rng.int(-365, 365)) : null,
          listsContributions: kind !== 'informal' && rng.chance(0.55),
          attachmentUrl: kind !== 'informal' && rng.chance(0.6) ? `https://docs.library.example/agreements/${partner.id.slice(0, 8)}-${k + 1}.pdf` : null,
          createdAt,
          updatedAt,
          createdBy: partner.liaisonId ?? rng.pick(ctx.staff).id,
          archivedAt: rng.chance(0.05) ? updatedAt : null,
        });
      }
    }
    return bulkInsert(ctx.db, 'agreements', [
      { name: 'id', type: 'uuid', value: (r) => r.id },
      { name: 'partner_id', type: 'uuid', value: (r) => r.partnerId },
      { name: 'kind', type: 'text', value: (r) => r.kind },
      { name: 'title', type: 'text', value: (r) => r.title },
      { name: 'starts_on', type: 'date', value: (r) => r.startsOn },
      { name: 'ends_on', type: 'date', value: (r) => r.endsOn },
      { name: 'review_on', type: 'date', value: (r) => r.reviewOn },
      { name: 'lists_contributions', type: 'boolean', value: (r) => r.listsContributions },
      { name: 'attachment_url', type: 'text', value: (r) => r.attachmentUrl },
      ...trackedRecordColumns<AgreementRow>(),
    ], rows);
  },
};

interface AgreementRow {
  id: string;
  partnerId: string;
  kind: AgreementKind;
  title: string;
  startsOn: string | null;
  endsOn: string | null;
  reviewOn: string | null;
  listsContributions: boolean;
  attachmentUrl: string | null;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
  archivedAt: Date | null;
}
