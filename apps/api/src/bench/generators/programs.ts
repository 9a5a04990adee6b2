import {
  type AgeBand,
  type DevelopmentModel,
  FOCUS_AREAS,
  type FocusArea,
  IMPACT_AREAS,
  type LibraryRole,
  type PartnerStage,
  type PrimaryOutcome,
  PROGRAM_FORMATS,
  type ProgramFormat,
  type ProgramLocation,
  type ProgramRole,
  type ProgramStatus,
  type ProgramStatusReason,
  type Public,
} from '@common-ground/domain';
import { bulkInsert, trackedRecordColumns } from '../bulk-insert';
import { FORMAT_NOUNS, PROGRAM_DESCRIPTIONS, ROLE_RESPONSIBILITIES, STATUS_NOTES, TOPIC_SUBJECTS } from '../program-words';
import { apportion, type Rng, WeightedPicker } from '../random';
import type { SeedContext, SeededPartner, SeededProgram, SeededProgramRole, SeedGenerator } from '../seed-context';
import { addDays, between, dayNumber, earliest, isoDate, latest, onDay, sortByTime } from '../seed-context';
import { PLACES } from '../words';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Programs start from this many days back … */
const HISTORY_DAYS = 1095;
/** … to this many days ahead (planned ones). */
const AHEAD_DAYS = 120;

/** How much a partner in each stage runs programs with the library, relative to an active one. */
const STAGE_PROGRAMS: Record<PartnerStage, number> = { prospect: 0.02, exploring: 0.3, active: 1.6, sustaining: 1.5, paused: 0.6, ended: 0.5 };

/** Formats by default; storytime belongs to early literacy (and a little to summer reading). */
const FORMAT_WEIGHTS: Record<ProgramFormat, number> = {
  'workshop-class': 22, 'talk-presentation': 14, 'discussion-group': 8, storytime: 0, 'club-series': 10, 'drop-in-help': 10,
  'fair-festival': 5, performance: 7, exhibition: 3, 'tour-visit': 6, other: 4,
};
const TOPIC_FORMAT_BOOST: Partial<Record<FocusArea, Partial<Record<ProgramFormat, number>>>> = {
  'early-literacy': { storytime: 70, 'talk-presentation': 3 },
  'summer-reading': { storytime: 12, 'fair-festival': 15, 'club-series': 15, performance: 12 },
  'digital-learning': { 'drop-in-help': 20, 'workshop-class': 15 },
  'economic-development': { 'drop-in-help': 15, 'workshop-class': 15 },
  'health-wellness': { 'fair-festival': 10, 'club-series': 5 },
  'arts-culture': { performance: 15, exhibition: 8 },
  stem: { 'club-series': 15, 'workshop-class': 10 },
};

/** What a program of each format mainly sets out to change. */
const FORMAT_OUTCOMES: Record<ProgramFormat, ReadonlyArray<readonly [PrimaryOutcome, number]>> = {
  'workshop-class': [['new-skills', 55], ['new-knowledge', 30], ['changed-behaviours', 15]],
  'talk-presentation': [['new-knowledge', 60], ['resource-awareness', 25], ['changed-attitudes', 15]],
  'discussion-group': [['stronger-community', 40], ['changed-attitudes', 30], ['new-knowledge', 30]],
  storytime: [['new-skills', 45], ['fun-inspiration', 40], ['stronger-community', 15]],
  'club-series': [['new-skills', 45], ['stronger-community', 30], ['fun-inspiration', 25]],
  'drop-in-help': [['new-skills', 45], ['resource-awareness', 35], ['changed-behaviours', 20]],
  'fair-festival': [['resource-awareness', 50], ['stronger-community', 35], ['fun-inspiration', 15]],
  performance: [['fun-inspiration', 70], ['stronger-community', 30]],
  exhibition: [['new-knowledge', 45], ['fun-inspiration', 35], ['changed-attitudes', 20]],
  'tour-visit': [['resource-awareness', 45], ['new-knowledge', 40], ['fun-inspiration', 15]],
  other: [['stronger-community', 40], ['resource-awareness', 40], ['fun-inspiration', 20]],
};

const OTHER_ROLES: ReadonlyArray<readonly [ProgramRole, number]> = [
  ['presenter', 25], ['promoter', 20], ['venue-host', 15], ['co-host', 12], ['volunteer-provider', 10], ['funder', 8], ['other', 6], ['evaluator', 4],
];
const SECOND_ROLES: readonly ProgramRole[] = ['venue-host', 'promoter', 'presenter', 'funder', 'volunteer-provider'];

const CANCEL_REASONS: ReadonlyArray<readonly [ProgramStatusReason, number]> = [
  ['low-registration', 30], ['staff', 20], ['time', 15], ['weather', 15], ['funding', 10], ['other', 10],
];
const POSTPONE_REASONS: ReadonlyArray<readonly [ProgramStatusReason, number]> = [
  ['time', 30], ['staff', 20], ['weather', 15], ['funding', 15], ['low-registration', 10], ['other', 10],
];

/** The ages a target group brings. */
const PUBLIC_AGES: Partial<Record<Public, readonly AgeBand[]>> = {
  'children-0-5': ['age-0-5', 'age-19-plus'],
  'children-6-11': ['age-6-11'],
  teens: ['age-12-18'],
  students: ['age-12-18', 'age-19-plus'],
  families: ['age-0-5', 'age-6-11', 'age-19-plus'],
};

/**
 * Exactly `scale.programs` joint programs, starting over the last three years and the next four months, and
 * exactly `scale.programRoles` roles in them (1–3 partners a program, now and then two roles for one partner).
 * Partners take part very unevenly: by stage (prospects hardly, active and sustaining most), a long-tailed weight
 * (a cubed uniform), and about one engaged partner in seventy an "anchor" (the school district, the big nonprofit)
 * with several times that, so the busiest partners have hundreds of programs. A partner is only in programs that
 * start after it was added and, for paused, ended and archived partners, before that happened. The lead partner's
 * focus areas and publics shape the program's topic, format, audience and age bands; the schedule follows the
 * format (one-off events, weekly series, monthly groups, exhibitions over weeks). Statuses follow the dates: past
 * programs mostly held (some cancelled or postponed with a reason, a few recent ones not updated yet), running ones
 * planned, future ones planned with a few cancelled or postponed. Every program is created planned; a status change
 * is its second version (described by an audit entry, see program-audit-entries.ts).
 */
export const programsGenerator: SeedGenerator = {
  kind: 'programs',
  async run(ctx: SeedContext): Promise<number> {
    const rng = ctx.rng.fork('programs');
    const today = isoDate(ctx.now);
    const librarians = ctx.staff.filter((s) => s.role === 'librarian');
    const liveContacts = new Map<string, string[]>();
    for (const c of ctx.contacts) {
      if (c.archived) continue;
      const list = liveContacts.get(c.partnerId);
      if (list) list.push(c.id);
      else liveContacts.set(c.partnerId, [c.id]);
    }
    const weights = ctx.partners.map((p) => {
      const engaged = p.stage === 'active' || p.stage === 'sustaining';
      return STAGE_PROGRAMS[p.stage] * (0.15 + rng.float() ** 3 * 6) * (engaged && rng.chance(0.015) ? 8 : 1);
    });
    const picker = new WeightedPicker(ctx.partners, weights);
    // Roles per program: 1, 2 or 3 drawn, then scaled to the exact total (a few programs get a fourth).
    const roleCounts = apportion(
      ctx.scale.programRoles,
      Array.from({ length: ctx.scale.programs }, () => rng.weighted([[1, 35], [2, 45], [3, 20]] as const)),
      ctx.scale.programRoles >= ctx.scale.programs ? 1 : 0,
    );

    const programs: SeededProgram[] = [];
    const roles: SeededProgramRole[] = [];
    for (let i = 0; i < ctx.scale.programs; i++) {
      const startsOn = isoDate(ctx.now, Math.round(-HISTORY_DAYS + (HISTORY_DAYS + AHEAD_DAYS) * rng.float() ** 0.85));
      const createdAt = created(rng, startsOn, ctx.now);
      const roleCount = roleCounts[i]!;
      const partnerCount = roleCount <= 1 ? roleCount : roleCount >= 4 ? 3 : rng.chance(0.12) ? roleCount - 1 : roleCount;
      const partners = choosePartners(rng, picker, ctx.partners, partnerCount, startsOn, createdAt, ctx.now);
      const lead = partners[0];

      const topic: FocusArea = lead && lead.focusAreas.length > 0 && rng.chance(0.7) ? rng.pick(lead.focusAreas) : rng.pick(FOCUS_AREAS.keys);
      const format = rng.weighted(PROGRAM_FORMATS.keys.map((f) => [f, FORMAT_WEIGHTS[f] + (TOPIC_FORMAT_BOOST[topic]?.[f] ?? 0)] as const));
      const { sessions: scheduledSessions, endsOn } = schedule(rng, format, startsOn);

      // Roles: the lead partner leads or co-hosts; the others take supporting roles; extra roles go to a partner
      // that already has one (a lead that also hosts, say).
      const programId = rng.uuid();
      const partnerRoles: { partner: SeededPartner; role: ProgramRole }[] = partners.map((partner, k) => ({
        partner,
        role: k === 0 ? (rng.chance(0.65) ? 'lead' : 'co-host') : rng.weighted(OTHER_ROLES),
      }));
      for (let extra = partners.length; extra < roleCount && partners.length > 0; extra++) {
        const partner = rng.pick(partners);
        const taken = new Set(partnerRoles.filter((r) => r.partner === partner).map((r) => r.role));
        const role = SECOND_ROLES.find((r) => !taken.has(r) && rng.chance(0.5)) ?? SECOND_ROLES.find((r) => !taken.has(r))!;
        partnerRoles.push({ partner, role });
      }
      const hosted = partnerRoles.some((r) => r.role === 'venue-host');
      const location = chooseLocation(rng, format, hosted);
      const { audienceScope, targetGroups, ageBands } = audience(rng, format, topic, lead);
      const leads = partnerRoles[0]?.role === 'lead';
      const developmentModel: DevelopmentModel = rng.chance(0.08)
        ? 'national-regional'
        : partners.length === 0
          ? 'library'
          : leads
            ? rng.weighted([['with-partner', 80], ['library', 20]] as const)
            : rng.weighted([['library', 60], ['with-partner', 40]] as const);
      const libraryRole: LibraryRole = leads
        ? rng.weighted([['co-sponsor', 60], ['sponsor', 25], ['promotion-only', 15]] as const)
        : rng.weighted([['sponsor', 70], ['co-sponsor', 28], ['promotion-only', 2]] as const);
      const createdBy = lead?.liaisonId && rng.chance(0.6) ? lead.liaisonId : rng.pick(librarians.length > 0 ? librarians : ctx.staff).id;

      const program: SeededProgram = {
        id: programId,
        title: title(rng, topic, format, startsOn),
        description: describe(rng, format, lead, ageBands, startsOn),
        topic,
        primaryOutcome: rng.weighted(FORMAT_OUTCOMES[format]),
        developmentModel,
        format,
        location,
        audienceScope,
        targetGroups,
        ageBands,
        libraryRole,
        impactAreas: rng.sample(IMPACT_AREAS.keys, rng.weighted([[0, 10], [1, 55], [2, 35]] as const)),
        startsOn,
        endsOn,
        status: 'planned',
        statusReason: null,
        statusNote: null,
        agreementDoneOn: null,
        brandingApprovedOn: null,
        volunteersClearedOn: null,
        spaceBookedOn: null,
        timingConfirmedOn: null,
        partnerCredited: false,
        outcomeSummarySharedOn: null,
        statusChangedAt: null,
        statusChangedBy: null,
        scheduledSessions,
        sessionsUntil: null,
        partnerIds: partners.map((p) => p.id),
        createdAt,
        updatedAt: createdAt,
        createdBy,
        updatedBy: createdBy,
        archivedAt: null,
        version: 1,
      };
      settleStatus(rng, program, today, ctx.now, rng.chance(0.7) ? createdBy : rng.pick(ctx.staff).id);
      fillChecklist(rng, program, today, ctx.now);
      if (rng.chance(0.008)) {
        program.archivedAt = between(rng, program.updatedAt, ctx.now);
        program.updatedAt = program.archivedAt;
        program.updatedBy = createdBy;
        program.version += 1;
      }
      programs.push(program);

      for (const { partner, role } of partnerRoles) {
        const roleCreated = earliest(new Date(createdAt.getTime() + rng.int(0, 72) * HOUR_MS), ctx.now);
        const contacts = liveContacts.get(partner.id) ?? [];
        const owner = contacts.length > 0 && rng.chance(0.55) ? rng.pick(contacts) : null;
        const archivedAt = rng.chance(0.02) ? between(rng, roleCreated, ctx.now) : null;
        roles.push({
          id: rng.uuid(),
          programId,
          partnerId: partner.id,
          role,
          responsibilities: rng.pick(ROLE_RESPONSIBILITIES[role]),
          ownerContactId: owner,
          ownerNamedOn: owner ? minDay(isoDate(roleCreated, rng.int(0, 20)), today) : null,
          createdAt: roleCreated,
          updatedAt: archivedAt ?? roleCreated,
          createdBy,
          archivedAt,
          version: archivedAt ? 2 : 1,
        });
      }
    }
    sortByTime(programs, (p) => p.createdAt);
    sortByTime(roles, (r) => r.createdAt);

    const count = await bulkInsert(ctx.db, 'programs', [
      { name: 'id', type: 'uuid', value: (r) => r.id },
      { name: 'title', type: 'text', value: (r) => r.title },
      { name: 'description', type: 'text', value: (r) => r.description },
      { name: 'topic', type: 'text', value: (r) => r.topic },
      { name: 'primary_outcome', type: 'text', value: (r) => r.primaryOutcome },
      { name: 'development_model', type: 'text', value: (r) => r.developmentModel },
      { name: 'format', type: 'text', value: (r) => r.format },
      { name: 'location', type: 'text', value: (r) => r.location },
      { name: 'audience_scope', type: 'text', value: (r) => r.audienceScope },
      { name: 'target_groups', type: 'text[]', value: (r) => r.targetGroups },
      { name: 'age_bands', type: 'text[]', value: (r) => r.ageBands },
      { name: 'library_role', type: 'text', value: (r) => r.libraryRole },
      { name: 'impact_areas', type: 'text[]', value: (r) => r.impactAreas },
      { name: 'starts_on', type: 'date', value: (r) => r.startsOn },
      { name: 'ends_on', type: 'date', value: (r) => r.endsOn },
      { name: 'status', type: 'text', value: (r) => r.status },
      { name: 'status_reason', type: 'text', value: (r) => r.statusReason },
      { name: 'status_note', type: 'text', value: (r) => r.statusNote },
      { name: 'agreement_done_on', type: 'date', value: (r) => r.agreementDoneOn },
      { name: 'branding_approved_on', type: 'date', value: (r) => r.brandingApprovedOn },
      { name: 'volunteers_cleared_on', type: 'date', value: (r) => r.volunteersClearedOn },
      { name: 'space_booked_on', type: 'date', value: (r) => r.spaceBookedOn },
      { name: 'timing_confirmed_on', type: 'date', value: (r) => r.timingConfirmedOn },
      { name: 'partner_credited', type: 'boolean', value: (r) => r.partnerCredited },
      { name: 'outcome_summary_shared_on', type: 'date', value: (r) => r.outcomeSummarySharedOn },
      // search_document: the table's trigger; session_count and the totals: the sessions generator (one UPDATE).
      ...trackedRecordColumns<SeededProgram>(),
    ], programs);
    ctx.programs = programs;
    ctx.programRoles = roles;
    return count;
  },
};

/** The roles drawn with the programs, in their own table. */
export const programRolesGenerator: SeedGenerator = {
  kind: 'program roles',
  async run(ctx: SeedContext): Promise<number> {
    return bulkInsert(ctx.db, 'program_roles', [
      { name: 'id', type: 'uuid', value: (r) => r.id },
      { name: 'program_id', type: 'uuid', value: (r) => r.programId },
      { name: 'partner_id', type: 'uuid', value: (r) => r.partnerId },
      { name: 'role', type: 'text', value: (r) => r.role },
      { name: 'responsibilities', type: 'text', value: (r) => r.responsibilities },
      { name: 'owner_contact_id', type: 'uuid', value: (r) => r.ownerContactId },
      { name: 'owner_named_on', type: 'date', value: (r) => r.ownerNamedOn },
      ...trackedRecordColumns<SeededProgramRole>(),
    ], ctx.programRoles);
  },
};

/** Planned 2–17 weeks before it starts, at a working hour, never after now. */
function created(rng: Rng, startsOn: string, now: Date): Date {
  const at = onDay(rng, addDays(startsOn, -rng.int(14, 120)), 14, 22);
  return at < now ? at : new Date(now.getTime() - rng.int(1, 14 * 24) * HOUR_MS);
}

/** Whether a partner can take part in a program starting that day, planned at that time. */
function canTakePart(partner: SeededPartner, startsOn: string, createdAt: Date, now: Date): boolean {
  if (partner.createdAt >= createdAt) return false;
  if (partner.archivedAt && partner.archivedAt.getTime() < Date.parse(`${startsOn}T00:00:00Z`) + 60 * DAY_MS) return false;
  const daysAgo = (now.getTime() - Date.parse(`${startsOn}T00:00:00Z`)) / DAY_MS;
  switch (partner.stage) {
    case 'prospect':
      return daysAgo < 120;
    case 'exploring':
      return daysAgo < 365;
    case 'paused':
      return daysAgo > 90;
    case 'ended':
      return daysAgo > 270;
    default:
      return true;
  }
}

/** `count` distinct partners who can take part, drawn by weight (lead first). */
function choosePartners(rng: Rng, picker: WeightedPicker<SeededPartner>, all: readonly SeededPartner[], count: number, startsOn: string, createdAt: Date, now: Date): SeededPartner[] {
  const chosen: SeededPartner[] = [];
  for (let k = 0; k < count; k++) {
    let found: SeededPartner | undefined;
    for (let attempt = 0; attempt < 40 && !found; attempt++) {
      const candidate = picker.pick(rng);
      if (!chosen.includes(candidate) && canTakePart(candidate, startsOn, createdAt, now)) found = candidate;
    }
    // A rare fallback (small data sets): the first eligible partner from a random place in the list.
    if (!found) {
      const offset = rng.int(0, all.length - 1);
      for (let j = 0; j < all.length && !found; j++) {
        const candidate = all[(offset + j) % all.length]!;
        if (!chosen.includes(candidate) && canTakePart(candidate, startsOn, createdAt, now)) found = candidate;
      }
    }
    if (found) chosen.push(found);
  }
  return chosen;
}

/** How many sessions the format's schedule has and when the program ends. */
function schedule(rng: Rng, format: ProgramFormat, startsOn: string): { sessions: number; endsOn: string } {
  const weekly = (min: number, max: number) => {
    const n = rng.int(min, max);
    return { sessions: n, endsOn: addDays(startsOn, 7 * (n - 1)) };
  };
  switch (format) {
    case 'workshop-class':
      return rng.chance(0.5) ? { sessions: 1, endsOn: startsOn } : weekly(2, 8);
    case 'discussion-group': {
      const n = rng.int(3, 12);
      return { sessions: n, endsOn: addDays(startsOn, 28 * (n - 1)) };
    }
    case 'storytime':
      return weekly(6, 16);
    case 'club-series':
      return weekly(6, 30);
    case 'drop-in-help': {
      // Weekly, or twice a week over the same weeks (tax season, say).
      const weeks = rng.int(6, 20);
      const twice = rng.chance(0.35);
      return { sessions: twice ? weeks * 2 : weeks, endsOn: addDays(startsOn, 7 * (weeks - 1) + (twice ? 3 : 0)) };
    }
    case 'exhibition':
      return { sessions: rng.int(1, 3), endsOn: addDays(startsOn, rng.int(14, 90)) };
    case 'performance':
      return rng.chance(0.2) ? { sessions: 2, endsOn: addDays(startsOn, 1) } : { sessions: 1, endsOn: startsOn };
    case 'fair-festival':
      return rng.chance(0.1) ? { sessions: 2, endsOn: addDays(startsOn, 1) } : { sessions: 1, endsOn: startsOn };
    default:
      return { sessions: 1, endsOn: startsOn };
  }
}

function chooseLocation(rng: Rng, format: ProgramFormat, hosted: boolean): ProgramLocation {
  if (hosted && rng.chance(0.8)) return 'partner-site';
  if (format === 'storytime') return rng.weighted([['library', 85], ['partner-site', 8], ['online', 7]] as const);
  if (format === 'tour-visit') return rng.weighted([['partner-site', 80], ['library', 20]] as const);
  if (format === 'fair-festival') return rng.weighted([['library', 55], ['partner-site', 45]] as const);
  return rng.weighted([['library', 58], ['partner-site', 14], ['online', 16], ['hybrid', 12]] as const);
}

/**
 * Whole community or the lead partner's publics (or the format's usual ones), and the age bands that follow:
 * storytime is for 0–5s and their grown-ups, a families' program spans three bands, a program for everyone is
 * 'general' interest (sometimes adults too).
 */
function audience(rng: Rng, format: ProgramFormat, topic: FocusArea, lead: SeededPartner | undefined): Pick<SeededProgram, 'audienceScope' | 'targetGroups' | 'ageBands'> {
  const own = (lead?.publics ?? []).filter((p) => p !== 'whole-community');
  const usual: Public[] =
    format === 'storytime' || topic === 'early-literacy'
      ? ['children-0-5', 'families']
      : topic === 'summer-reading'
        ? ['children-6-11', 'teens', 'families']
        : topic === 'economic-development'
          ? ['job-seekers', 'adults']
          : topic === 'digital-learning'
            ? ['older-adults', 'adults']
            : ['adults'];
  const specific = format === 'storytime' || rng.chance(0.55);
  if (!specific) {
    return { audienceScope: 'whole-community', targetGroups: [], ageBands: rng.chance(0.6) ? ['general'] : ['age-19-plus', 'general'] };
  }
  const pool = own.length > 0 && rng.chance(0.6) ? own : usual;
  const targetGroups = rng.sample(pool, rng.int(1, Math.min(2, pool.length)));
  const bands = new Set<AgeBand>(format === 'storytime' ? ['age-0-5', 'age-19-plus'] : []);
  for (const group of targetGroups) for (const band of PUBLIC_AGES[group] ?? ['age-19-plus']) bands.add(band);
  const order: readonly AgeBand[] = ['age-0-5', 'age-6-11', 'age-12-18', 'age-19-plus', 'general'];
  return { audienceScope: 'specific-groups', targetGroups, ageBands: order.filter((b) => bands.has(b)) };
}

/**
 * The status from where the dates stand today, when it changed and who changed it, and the last day a session can
 * have taken place (held: the end; under way: yesterday; cancelled part-way: the day before it stopped).
 */
function settleStatus(rng: Rng, program: SeededProgram, today: string, now: Date, changer: string): void {
  const { startsOn, endsOn } = program;
  const yesterday = addDays(today, -1);
  const started = startsOn <= yesterday;
  const series = program.scheduledSessions > 1;
  let status: ProgramStatus;
  if (startsOn > today) status = rng.weighted([['planned', 90], ['cancelled', 4], ['postponed', 6]] as const);
  else if (endsOn >= today) status = rng.weighted([['planned', 93], ['cancelled', 7]] as const);
  else if (dayNumber(today) - dayNumber(endsOn) <= 21) status = rng.weighted([['held', 60], ['planned', 35], ['cancelled', 5]] as const);
  else status = rng.weighted([['held', 86], ['cancelled', 7], ['postponed', 4], ['planned', 3]] as const);

  if (status === 'planned') {
    program.sessionsUntil = started ? minDay(endsOn, yesterday) : null;
    return;
  }
  let changedAt: Date;
  if (status === 'held') {
    changedAt = onDay(rng, minDay(addDays(endsOn, rng.int(0, 14)), today));
    program.sessionsUntil = endsOn;
  } else if (status === 'cancelled' && series && started && rng.chance(0.5)) {
    // Stopped part-way through the series: the sessions before it still happened.
    const stop = addDays(startsOn, rng.int(1, Math.max(1, dayNumber(minDay(endsOn, yesterday)) - dayNumber(startsOn))));
    changedAt = onDay(rng, stop);
    program.sessionsUntil = addDays(stop, -1);
  } else {
    // Called off (or put off) before it started.
    changedAt = between(rng, program.createdAt, earliest(new Date(`${startsOn}T00:00:00Z`), now));
  }
  changedAt = latest(new Date(program.createdAt.getTime() + 60_000), earliest(changedAt, new Date(now.getTime() - 60_000)));
  program.status = status;
  if (status === 'cancelled' || status === 'postponed') {
    const reason = rng.weighted(status === 'cancelled' ? CANCEL_REASONS : POSTPONE_REASONS);
    program.statusReason = reason;
    program.statusNote = rng.chance(0.6) ? rng.pick(STATUS_NOTES[status][reason]) : null;
  }
  program.statusChangedAt = changedAt;
  program.statusChangedBy = changer;
  program.updatedAt = changedAt;
  program.updatedBy = changer;
  program.version = 2;
}

/** The admin checklist (each item done on a day between planning and the start), credit and the outcome summary. */
function fillChecklist(rng: Rng, program: SeededProgram, today: string, now: Date): void {
  const started = program.startsOn <= today;
  const done = program.status === 'held' ? 0.85 : program.status === 'planned' ? (started ? 0.8 : 0.5) : 0.4;
  const until = earliest(new Date(`${program.startsOn}T00:00:00Z`), now);
  const day = () => (rng.chance(done) ? isoDate(between(rng, program.createdAt, latest(until, program.createdAt))) : null);
  program.agreementDoneOn = program.partnerIds.length > 0 ? day() : null;
  program.brandingApprovedOn = day();
  program.volunteersClearedOn = rng.chance(0.6) ? day() : null;
  program.spaceBookedOn = program.location === 'online' ? null : day();
  program.timingConfirmedOn = day();
  program.partnerCredited = program.partnerIds.length > 0 && rng.chance(program.status === 'held' ? 0.75 : 0.35);
  if (program.status === 'held' && dayNumber(today) - dayNumber(program.endsOn) >= 30 && rng.chance(0.3)) {
    program.outcomeSummarySharedOn = minDay(addDays(program.endsOn, rng.int(14, 45)), addDays(today, -1));
  }
}

function title(rng: Rng, topic: FocusArea, format: ProgramFormat, startsOn: string): string {
  const subject = rng.pick(TOPIC_SUBJECTS[topic]);
  const noun = rng.pick(FORMAT_NOUNS[format]);
  const base = subject.toLowerCase().endsWith(noun.toLowerCase()) || /Fair|Kickoff|Finale|Challenge|Town Hall|Open House|Sale/.test(subject) ? subject : `${subject} ${noun}`;
  const roll = rng.float();
  if (roll < 0.25) return `${base} at ${rng.pick(PLACES)}`;
  if (roll < 0.45) return `${base} (${season(startsOn)} ${startsOn.slice(0, 4)})`;
  return base;
}

function describe(rng: Rng, format: ProgramFormat, lead: SeededPartner | undefined, ageBands: readonly AgeBand[], startsOn: string): string {
  const audienceWords = ageBands.includes('age-0-5') ? 'young children and their grown-ups' : ageBands.includes('age-12-18') ? 'teens' : ageBands.includes('age-6-11') ? 'school-age kids' : 'adults';
  return rng
    .pick(PROGRAM_DESCRIPTIONS)
    .replace('{format}', PROGRAM_FORMATS.labels[format].toLowerCase())
    .replace('{audience}', audienceWords)
    .replace(/\{partner\}/g, lead?.name ?? 'community volunteers')
    .replace('{season}', season(startsOn).toLowerCase());
}

function season(day: string): string {
  const month = Number(day.slice(5, 7));
  return month <= 2 || month === 12 ? 'Winter' : month <= 5 ? 'Spring' : month <= 8 ? 'Summer' : 'Fall';
}

function minDay(a: string, b: string): string {
  return a < b ? a : b;
}
