import type { AgeBand, ProgramFormat, SessionFormat } from '@common-ground/domain';
import { bulkInsert, trackedRecordColumns } from '../bulk-insert';
import { SESSION_NOTES } from '../program-words';
import { apportion, type Rng } from '../random';
import type { SeedContext, SeededProgram, SeededSession, SeedGenerator } from '../seed-context';
import { addDays, between, dayNumber, earliest, isoDate, onDay, sortByTime } from '../seed-context';

const HOUR_MS = 3_600_000;
const BANDS: readonly AgeBand[] = ['age-0-5', 'age-6-11', 'age-12-18', 'age-19-plus', 'general'];

/** People at one session, by format: [min, max] for the program's usual size (each session varies around it). */
const SIZE: Record<ProgramFormat, readonly [number, number]> = {
  'workshop-class': [6, 25], 'talk-presentation': [10, 60], 'discussion-group': [5, 15], storytime: [12, 40],
  'club-series': [6, 20], 'drop-in-help': [3, 20], 'fair-festival': [80, 600], performance: [30, 250],
  exhibition: [20, 300], 'tour-visit': [8, 30], other: [10, 100],
};

/** UTC hours a format's sessions start at (US mornings are 14–16 UTC, evenings 22–23), all within one UTC day. */
const HOURS: Record<ProgramFormat, readonly [number, number]> = {
  'workshop-class': [16, 23], 'talk-presentation': [17, 23], 'discussion-group': [16, 23], storytime: [14, 16],
  'club-series': [19, 23], 'drop-in-help': [14, 21], 'fair-festival': [14, 17], performance: [18, 23],
  exhibition: [15, 20], 'tour-visit': [14, 18], other: [14, 22],
};

/**
 * Exactly `scale.sessions` sessions, for programs that have started: held ones over their whole schedule, ones
 * under way up to yesterday, ones cancelled part-way up to the day before they stopped; planned programs that have
 * not started and postponed ones have none. One-off events get their one session; the rest of the total is shared
 * among series in proportion to the sessions their schedule had by then, and each series' sessions are spread
 * evenly over its days (a UTC day within the program's dates, as the API requires). Attendance goes to the
 * program's age bands (storytime: 0–5s and their grown-ups) around a size typical of the format, with a few
 * people of other ages now and then; a recorded session has views (counted within 30 days, so recent ones may
 * have none yet) instead of attendance. About 80% say whether the audience matched the target.
 *
 * The programs' session totals (session_count, attendance_total, recorded_views_total) are kept by a row trigger
 * on program_sessions, which would recount a program's sessions and update its row once per inserted session.
 * The trigger is disabled for the load (inside the seed's transaction) and the totals are set afterwards with one
 * UPDATE … FROM an aggregate of the live sessions, the same sums the trigger computes.
 */
export const programSessionsGenerator: SeedGenerator = {
  kind: 'sessions',
  async run(ctx: SeedContext): Promise<number> {
    const rng = ctx.rng.fork('sessions');
    const eligible = ctx.programs.filter((p) => p.sessionsUntil !== null);
    const due = eligible.map((p) => {
      if (p.scheduledSessions <= 1) return 1;
      const elapsed = dayNumber(p.sessionsUntil!) - dayNumber(p.startsOn) + 1;
      const span = dayNumber(p.endsOn) - dayNumber(p.startsOn) + 1;
      return Math.max(1, Math.round((p.scheduledSessions * Math.min(elapsed, span)) / span));
    });
    // One-off events keep their one session; series share the rest in proportion to what their schedule had.
    const target = ctx.scale.sessions;
    const oneOffs = eligible.filter((p) => p.scheduledSessions <= 1);
    const seriesIndexes = eligible.map((p, i) => (p.scheduledSessions > 1 ? i : -1)).filter((i) => i >= 0);
    const spare = Math.max(0, target - oneOffs.length);
    const minimum = seriesIndexes.length > 0 ? Math.min(1, Math.floor(spare / seriesIndexes.length)) : 0;
    const seriesCounts = seriesIndexes.length > 0 ? apportion(spare, seriesIndexes.map((i) => due[i]!), minimum) : [];
    const counts = new Map<SeededProgram, number>();
    oneOffs.slice(0, target).forEach((p) => counts.set(p, 1));
    seriesIndexes.forEach((i, k) => counts.set(eligible[i]!, seriesCounts[k]!));

    const staff = ctx.staff.map((s) => s.id);
    const rows: SeededSession[] = [];
    for (const program of eligible) {
      const n = counts.get(program) ?? 0;
      if (n === 0) continue;
      const first = dayNumber(program.startsOn);
      const days = dayNumber(program.sessionsUntil!) - first + 1;
      const size = rng.int(...SIZE[program.format]);
      const weights = bandWeights(rng, program);
      const [fromHour, toHour] = HOURS[program.format];
      const hour = rng.int(fromHour, toHour);
      for (let k = 0; k < n; k++) {
        const dayIndex = Math.floor((k * days) / n);
        // Several sessions on one day (a long series squeezed into its days): later hours that day.
        const sameDay = k - Math.ceil((dayIndex * n) / days);
        const day = addDays(program.startsOn, dayIndex);
        const startsAt = onDay(rng, day, Math.min(23, hour + Math.max(0, sameDay)), Math.min(23, hour + Math.max(0, sameDay)));
        const format = sessionFormat(rng, program);
        const attendance: SeededSession['attendance'] = [0, 0, 0, 0, 0];
        let recordedViews: number | null = null;
        if (format === 'recorded') {
          const recent = dayNumber(isoDate(ctx.now)) - dayNumber(day) < 30;
          recordedViews = recent && rng.chance(0.5) ? null : Math.round(rng.int(15, 400) * (rng.chance(0.1) ? 5 : 1));
        } else {
          const people = Math.max(0, Math.round(size * (0.6 + rng.float() * 0.8) * (format === 'live-virtual' ? 0.6 : 1)));
          apportion(people, weights.map((w) => w * (0.7 + rng.float() * 0.6))).forEach((count, band) => {
            attendance[band] = count;
          });
          // A few people outside the intended ages (an older sibling, a grandparent).
          if (rng.chance(0.08)) attendance[rng.int(0, 4)]! += rng.int(1, 3);
        }
        const recordedAt = earliest(new Date(startsAt.getTime() + rng.int(1, 72) * HOUR_MS), new Date(ctx.now.getTime() - 60_000));
        const archivedAt = rng.chance(0.004) ? between(rng, recordedAt, ctx.now) : null;
        rows.push({
          id: rng.uuid(),
          programId: program.id,
          startsAt,
          format,
          attendance,
          recordedViews,
          audienceMatched: rng.chance(0.8) ? rng.chance(program.audienceScope === 'whole-community' ? 0.9 : 0.7) : null,
          notes: rng.chance(0.08) ? rng.pick(SESSION_NOTES) : '',
          createdAt: recordedAt,
          updatedAt: archivedAt ?? recordedAt,
          createdBy: rng.chance(0.7) ? program.createdBy : rng.pick(staff),
          archivedAt,
        });
      }
    }
    sortByTime(rows, (r) => r.createdAt);

    await ctx.db.query('ALTER TABLE program_sessions DISABLE TRIGGER "TRG_program_sessions_totals"');
    const count = await bulkInsert(ctx.db, 'program_sessions', [
      { name: 'id', type: 'uuid', value: (r) => r.id },
      { name: 'program_id', type: 'uuid', value: (r) => r.programId },
      { name: 'starts_at', type: 'timestamptz', value: (r) => r.startsAt.toISOString() },
      { name: 'format', type: 'text', value: (r) => r.format },
      { name: 'attendance_age_0_5', type: 'integer', value: (r) => r.attendance[0] },
      { name: 'attendance_age_6_11', type: 'integer', value: (r) => r.attendance[1] },
      { name: 'attendance_age_12_18', type: 'integer', value: (r) => r.attendance[2] },
      { name: 'attendance_age_19_plus', type: 'integer', value: (r) => r.attendance[3] },
      { name: 'attendance_general', type: 'integer', value: (r) => r.attendance[4] },
      { name: 'recorded_views', type: 'integer', value: (r) => r.recordedViews },
      { name: 'audience_matched', type: 'boolean', value: (r) => r.audienceMatched },
      { name: 'notes', type: 'text', value: (r) => r.notes },
      ...trackedRecordColumns<SeededSession>(),
    ], rows);
    await ctx.db.query('ALTER TABLE program_sessions ENABLE TRIGGER "TRG_program_sessions_totals"');
    await ctx.db.query(UPDATE_PROGRAM_TOTALS);
    ctx.sessions = rows;
    return count;
  },
};

/**
 * Every program's live sessions' totals in one statement, as TRG_program_sessions_totals computes them for one
 * program (programs without live sessions keep the columns' default 0).
 */
export const UPDATE_PROGRAM_TOTALS = `
  UPDATE programs p SET session_count = t.sessions, attendance_total = t.attendance, recorded_views_total = t.views
    FROM (SELECT s.program_id, count(*)::int AS sessions,
                 coalesce(sum(s.attendance_age_0_5 + s.attendance_age_6_11 + s.attendance_age_12_18 +
                              s.attendance_age_19_plus + s.attendance_general), 0)::int AS attendance,
                 coalesce(sum(s.recorded_views), 0)::int AS views
            FROM program_sessions s
           WHERE s.archived_at IS NULL
           GROUP BY s.program_id) t
   WHERE p.id = t.program_id
     AND (p.session_count, p.attendance_total, p.recorded_views_total) IS DISTINCT FROM (t.sessions, t.attendance, t.views)`;

/** How a program's sessions are held, from where it takes place. */
function sessionFormat(rng: Rng, program: SeededProgram): SessionFormat {
  switch (program.location) {
    case 'library':
      return rng.chance(0.96) ? 'in-person-onsite' : 'in-person-offsite';
    case 'partner-site':
      return 'in-person-offsite';
    case 'online':
      return rng.chance(0.75) ? 'live-virtual' : 'recorded';
    case 'hybrid':
      return rng.weighted([['in-person-onsite', 50], ['live-virtual', 35], ['recorded', 15]] as const);
  }
}

/** How a program's audience splits over the five bands (its own bands; 'general' when it names none). */
function bandWeights(rng: Rng, program: SeededProgram): number[] {
  const bands: readonly AgeBand[] = program.ageBands.length > 0 ? program.ageBands : ['general'];
  return BANDS.map((band) => {
    if (!bands.includes(band)) return 0;
    // Grown-ups come with the youngest, in smaller numbers.
    if (band === 'age-19-plus' && bands.includes('age-0-5')) return 0.5 + rng.float() * 0.3;
    return 0.5 + rng.float();
  });
}
