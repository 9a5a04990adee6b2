import {
  type ContributionStage,
  type ContributionType,
  type ContributionUnit,
  DEFAULT_VOLUNTEER_HOUR_RATE,
  type ProgramRole,
  type Side,
} from '@common-ground/domain';
import { valueAtRate } from '../../modules/contributions/money';
import { bulkInsert, trackedRecordColumns } from '../bulk-insert';
import { CONTRIBUTION_DESCRIPTIONS, ROLE_CONTRIBUTIONS } from '../program-words';
import { apportion, type Rng, WeightedPicker } from '../random';
import type { SeedContext, SeededPartner, SeedGenerator } from '../seed-context';
import { addDays, between, dayNumber, earliest, isoDate, latest, onDay, sortByTime } from '../seed-context';

const DAY_MS = 86_400_000;
/** Share of lines that belong to a partnership as a whole rather than to a program. */
const PARTNERSHIP_SHARE = 0.08;

/**
 * The national value of volunteer time (Independent Sector) by the year it measures, as a library would have had
 * it in its settings: a line contributed in year Y was valued at the figure for Y − 1 (published each spring), the
 * latest being the API's default (DEFAULT_VOLUNTEER_HOUR_RATE).
 */
export const VOLUNTEER_RATES: ReadonlyArray<{ year: number; rate: number }> = [
  { year: 2020, rate: 28.54 },
  { year: 2021, rate: 29.95 },
  { year: 2022, rate: 31.8 },
  { year: 2023, rate: 33.49 },
  { year: DEFAULT_VOLUNTEER_HOUR_RATE.year, rate: DEFAULT_VOLUNTEER_HOUR_RATE.rate },
];

export function volunteerRateFor(day: string): { year: number; rate: number } {
  const year = Number(day.slice(0, 4)) - 1;
  return [...VOLUNTEER_RATES].reverse().find((r) => r.year <= year) ?? VOLUNTEER_RATES[0]!;
}

interface ContributionRow {
  id: string;
  side: Side;
  partnerId: string | null;
  programId: string | null;
  type: ContributionType;
  stage: ContributionStage;
  description: string;
  quantity: number | null;
  unit: ContributionUnit | null;
  moneyValue: number | null;
  rate: number | null;
  rateSource: string | null;
  rateYear: number | null;
  contributedOn: string;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
  archivedAt: Date | null;
  version: number;
}

const LIBRARY_TYPES: ReadonlyArray<readonly [ContributionType, number]> = [
  ['staff-time', 35], ['promotion', 22], ['space', 18], ['materials', 15], ['funding', 7], ['expertise', 3],
];
const PARTNERSHIP_PARTNER_TYPES: ReadonlyArray<readonly [ContributionType, number]> = [
  ['funding', 25], ['space', 20], ['volunteers', 20], ['promotion', 20], ['materials', 15],
];
const PARTNERSHIP_LIBRARY_TYPES: ReadonlyArray<readonly [ContributionType, number]> = [['staff-time', 45], ['promotion', 35], ['materials', 20]];

/**
 * Exactly `scale.contributions` lines of the ledger. About 92% belong to programs, shared in proportion to how
 * far a program got (held ones most, cancelled and postponed ones a pledge or two) and how many partners it has;
 * the rest to partnerships as a whole (a sponsorship, a room lent for the year), mostly with engaged partners.
 * Partners bring what their role suggests (a venue host space, a volunteer provider volunteers, a funder money);
 * the library staff time, promotion, space and materials, for the program alone or naming a partner. Lines of
 * programs that have had sessions are mostly actual (dated within the program's sessions); the others are planned
 * (dated at the program's start). Volunteer hours are valued as the API values them (valueAtRate: quantity × the
 * rate, rounded half up to the cent) at the rate of their year, and carry the rate, its source and year; other
 * money values are entered amounts or none.
 */
export const contributionsGenerator: SeedGenerator = {
  kind: 'contributions',
  async run(ctx: SeedContext): Promise<number> {
    const rng = ctx.rng.fork('contributions');
    const today = isoDate(ctx.now);
    const yesterday = addDays(today, -1);
    const staff = ctx.staff.map((s) => s.id);
    const firstRole = new Map<string, ProgramRole>();
    for (const role of ctx.programRoles) firstRole.set(`${role.programId} ${role.partnerId}`, firstRole.get(`${role.programId} ${role.partnerId}`) ?? role.role);

    const partnershipLines = ctx.programs.length > 0 ? Math.round(ctx.scale.contributions * PARTNERSHIP_SHARE) : ctx.scale.contributions;
    const weights = ctx.programs.map(
      (p) =>
        (p.status === 'held' ? 3.6 : p.sessionsUntil !== null ? 2.5 : p.status === 'planned' ? 1.6 : 0.8) *
        (1 + 0.25 * Math.max(0, p.partnerIds.length - 1)),
    );
    const perProgram = ctx.programs.length > 0 ? apportion(ctx.scale.contributions - partnershipLines, weights) : [];
    const rows: ContributionRow[] = [];

    ctx.programs.forEach((program, index) => {
      for (let k = 0; k < perProgram[index]!; k++) {
        const fromPartner = program.partnerIds.length > 0 && rng.chance(0.58);
        const partnerId = fromPartner
          ? program.partnerIds.length === 1 || rng.chance(0.5) ? program.partnerIds[0]! : rng.pick(program.partnerIds)
          : program.partnerIds.length > 0 && rng.chance(0.4) ? program.partnerIds[0]! : null;
        const type = fromPartner
          ? rng.chance(0.85) ? rng.pick(ROLE_CONTRIBUTIONS[firstRole.get(`${program.id} ${partnerId}`) ?? 'other']) : rng.weighted(PARTNERSHIP_PARTNER_TYPES)
          : program.location === 'library' || program.location === 'hybrid' ? rng.weighted(LIBRARY_TYPES) : rng.weighted(LIBRARY_TYPES.filter(([t]) => t !== 'space'));
        const stage: ContributionStage = program.sessionsUntil !== null && rng.chance(0.88) ? 'actual' : 'planned';
        const contributedOn = stage === 'actual' ? dayBetween(rng, program.startsOn, program.sessionsUntil!) : program.startsOn;
        const createdAt =
          stage === 'actual'
            ? latest(program.createdAt, earliest(onDay(rng, addDays(contributedOn, rng.int(0, 10))), new Date(ctx.now.getTime() - 60_000)))
            : earliest(new Date(program.createdAt.getTime() + rng.int(0, 30) * DAY_MS), new Date(ctx.now.getTime() - 60_000));
        rows.push(line(rng, {
          side: fromPartner ? 'partner' : 'library',
          partnerId,
          programId: program.id,
          type,
          stage,
          contributedOn,
          createdAt: latest(createdAt, program.createdAt),
          createdBy: rng.chance(0.75) ? program.createdBy : rng.pick(staff),
          now: ctx.now,
        }));
      }
    });

    // Lines for a partnership as a whole, mostly with engaged partners.
    const candidates = ctx.partners.filter((p) => p.stage !== 'prospect');
    if (candidates.length > 0) {
      const picker = new WeightedPicker(candidates, candidates.map((p) => (p.stage === 'active' || p.stage === 'sustaining' ? 1 : 0.2)));
      for (let k = 0; k < partnershipLines; k++) {
        const partner: SeededPartner = picker.pick(rng);
        const fromPartner = rng.chance(0.7);
        const stage: ContributionStage = rng.chance(0.85) ? 'actual' : 'planned';
        const from = latest(partner.createdAt, new Date(ctx.now.getTime() - 1095 * DAY_MS));
        const contributedOn = stage === 'actual' ? isoDate(between(rng, from, new Date(`${yesterday}T12:00:00Z`))) : isoDate(ctx.now, rng.int(0, 90));
        const createdAt = stage === 'actual' ? earliest(onDay(rng, addDays(contributedOn, rng.int(0, 7))), new Date(ctx.now.getTime() - 60_000)) : between(rng, latest(from, new Date(ctx.now.getTime() - 60 * DAY_MS)), ctx.now);
        rows.push(line(rng, {
          side: fromPartner ? 'partner' : 'library',
          partnerId: partner.id,
          programId: null,
          type: rng.weighted(fromPartner ? PARTNERSHIP_PARTNER_TYPES : PARTNERSHIP_LIBRARY_TYPES),
          stage,
          contributedOn,
          createdAt: latest(createdAt, partner.createdAt),
          createdBy: partner.liaisonId ?? rng.pick(staff),
          now: ctx.now,
        }));
      }
    }
    sortByTime(rows, (r) => r.createdAt);

    return bulkInsert(ctx.db, 'contributions', [
      { name: 'id', type: 'uuid', value: (r) => r.id },
      { name: 'side', type: 'text', value: (r) => r.side },
      { name: 'partner_id', type: 'uuid', value: (r) => r.partnerId },
      { name: 'program_id', type: 'uuid', value: (r) => r.programId },
      { name: 'type', type: 'text', value: (r) => r.type },
      { name: 'stage', type: 'text', value: (r) => r.stage },
      { name: 'description', type: 'text', value: (r) => r.description },
      { name: 'quantity', type: 'numeric', value: (r) => r.quantity },
      { name: 'unit', type: 'text', value: (r) => r.unit },
      { name: 'money_value', type: 'numeric', value: (r) => r.moneyValue },
      { name: 'rate', type: 'numeric', value: (r) => r.rate },
      { name: 'rate_source', type: 'text', value: (r) => r.rateSource },
      { name: 'rate_year', type: 'integer', value: (r) => r.rateYear },
      { name: 'contributed_on', type: 'date', value: (r) => r.contributedOn },
      ...trackedRecordColumns<ContributionRow>(),
    ], rows);
  },
};

interface LineDraft {
  side: Side;
  partnerId: string | null;
  programId: string | null;
  type: ContributionType;
  stage: ContributionStage;
  contributedOn: string;
  createdAt: Date;
  createdBy: string;
  now: Date;
}

/** Quantity, unit and money value as the type suggests; volunteer hours valued at their year's rate. */
function line(rng: Rng, draft: LineDraft): ContributionRow {
  let quantity: number | null = null;
  let unit: ContributionUnit | null = null;
  let moneyValue: number | null = null;
  let valued: { year: number; rate: number } | null = null;
  const halves = (min: number, max: number) => rng.int(min * 2, max * 2) / 2;
  switch (draft.type) {
    case 'volunteers':
      quantity = halves(2, 80);
      unit = 'hours';
      valued = volunteerRateFor(draft.contributedOn);
      moneyValue = valueAtRate(quantity, valued.rate);
      break;
    case 'expertise':
      quantity = halves(1, 20);
      unit = 'hours';
      if (rng.chance(0.35)) moneyValue = quantity * rng.pick([50, 75, 100, 125]);
      break;
    case 'staff-time':
      quantity = halves(2, 40);
      unit = 'hours';
      if (rng.chance(0.2)) moneyValue = valueAtRate(quantity, rng.pick([32.5, 38.75, 44.1]));
      break;
    case 'space':
      if (rng.chance(0.7)) {
        quantity = rng.int(2, 24);
        unit = 'hours';
        if (rng.chance(0.5)) moneyValue = quantity * rng.pick([25, 40, 60, 100]);
      } else {
        quantity = rng.int(1, 3);
        unit = 'days';
        if (rng.chance(0.5)) moneyValue = quantity * rng.pick([150, 300, 500]);
      }
      break;
    case 'promotion': {
      const roll = rng.float();
      if (roll < 0.4) [quantity, unit] = [rng.int(50, 1000), 'items'];
      else if (roll < 0.7) [quantity, unit] = [rng.int(100, 5000), 'people'];
      break;
    }
    case 'funding':
      moneyValue = rng.int(2, 200) * 50;
      if (rng.chance(0.3)) [quantity, unit] = [moneyValue, 'dollars'];
      break;
    case 'materials':
      quantity = rng.int(10, 300);
      unit = 'items';
      if (rng.chance(0.65)) moneyValue = rng.int(10, 400) * 5;
      break;
  }
  const archivedAt = rng.chance(0.01) ? between(rng, draft.createdAt, draft.now) : null;
  return {
    id: rng.uuid(),
    side: draft.side,
    partnerId: draft.partnerId,
    programId: draft.programId,
    type: draft.type,
    stage: draft.stage,
    description: rng.chance(0.85) ? rng.pick(CONTRIBUTION_DESCRIPTIONS[draft.type]) : '',
    quantity,
    unit,
    moneyValue,
    rate: valued?.rate ?? null,
    rateSource: valued ? DEFAULT_VOLUNTEER_HOUR_RATE.source : null,
    rateYear: valued?.year ?? null,
    contributedOn: draft.contributedOn,
    createdAt: draft.createdAt,
    updatedAt: archivedAt ?? draft.createdAt,
    createdBy: draft.createdBy,
    archivedAt,
    version: archivedAt ? 2 : 1,
  };
}

function dayBetween(rng: Rng, from: string, to: string): string {
  return addDays(from, rng.int(0, Math.max(0, dayNumber(to) - dayNumber(from))));
}
