import { OUTCOME_MEASURES, type OutcomeMeasure, type OutcomeTiming } from '@common-ground/domain';
import { bulkInsert, trackedRecordColumns } from '../bulk-insert';
import { apportion } from '../random';
import type { SeedContext, SeededProgram, SeededSession, SeedGenerator } from '../seed-context';
import { addDays, earliest, isoDate, latest, onDay, sortByTime } from '../seed-context';

interface OutcomeRow {
  id: string;
  programId: string;
  sessionId: string | null;
  timing: OutcomeTiming;
  measure: OutcomeMeasure;
  respondents: number;
  /** strongly disagree, disagree, neutral, agree, strongly agree */
  counts: number[];
  nonResponses: number;
  collectedOn: string | null;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
  archivedAt: Date | null;
}

const sumOf = (s: SeededSession) => s.attendance.reduce((a, b) => a + b, 0);

/**
 * Exactly `scale.outcomeResults` participant survey results (Project Outcome's four measures), for held programs
 * with people at them, taken in a random order until the total is reached: most surveyed programs have one
 * immediate survey of the whole program (all four measures, or two or three), some a survey at each of their first
 * sessions instead (knowledge and confidence), and about a quarter a follow-up 4–8 weeks after the end (when that
 * is past). Respondents are a share of the people who came; answers plus non-responses add up to the respondents
 * (CHK_outcome_results_counts), mostly agreeing; at most one result per program or session, timing and measure
 * (UQ_outcome_results_live).
 */
export const outcomeResultsGenerator: SeedGenerator = {
  kind: 'outcome results',
  async run(ctx: SeedContext): Promise<number> {
    const rng = ctx.rng.fork('outcome results');
    const yesterday = isoDate(ctx.now, -1);
    const sessionsOf = new Map<string, SeededSession[]>();
    for (const s of ctx.sessions) {
      if (s.archivedAt) continue;
      const list = sessionsOf.get(s.programId);
      if (list) list.push(s);
      else sessionsOf.set(s.programId, [s]);
    }
    const attendanceOf = (p: SeededProgram) => (sessionsOf.get(p.id) ?? []).reduce((n, s) => n + sumOf(s), 0);
    const held = ctx.programs.filter((p) => p.status === 'held' && attendanceOf(p) >= 5);
    const target = ctx.scale.outcomeResults;
    const rows: OutcomeRow[] = [];
    const staff = ctx.staff.map((s) => s.id);

    const add = (program: SeededProgram, session: SeededSession | null, timing: OutcomeTiming, measures: readonly OutcomeMeasure[], people: number, collectedOn: string | null) => {
      for (const measure of measures) {
        if (rows.length >= target) return;
        const respondents = Math.max(1, Math.min(people, Math.round(people * (0.15 + rng.float() * 0.45))));
        const nonResponses = Math.round(respondents * rng.float() * 0.12);
        const agree = Math.min(0.98, 0.55 + rng.float() * 0.4 + (measure === 'awareness' ? 0.03 : 0));
        const counts = apportion(respondents - nonResponses, [
          (1 - agree) * 0.15, (1 - agree) * 0.35, (1 - agree) * 0.5, agree * (0.4 + rng.float() * 0.2), agree * (0.4 + rng.float() * 0.2),
        ]);
        const day = collectedOn ?? (session ? isoDate(session.startsAt) : program.endsOn);
        const createdAt = latest(program.createdAt, earliest(onDay(rng, addDays(day, rng.int(0, 10))), new Date(ctx.now.getTime() - 60_000)));
        rows.push({
          id: rng.uuid(),
          programId: program.id,
          sessionId: session?.id ?? null,
          timing,
          measure,
          respondents,
          counts,
          nonResponses,
          collectedOn,
          createdAt,
          updatedAt: createdAt,
          createdBy: rng.chance(0.7) ? program.createdBy : rng.pick(staff),
          archivedAt: null,
        });
      }
    };

    for (const program of rng.sample(held, held.length)) {
      if (rows.length >= target) break;
      const sessions = sessionsOf.get(program.id) ?? [];
      const people = attendanceOf(program);
      const measures = rng.chance(0.6) ? OUTCOME_MEASURES.keys : rng.sample(OUTCOME_MEASURES.keys, rng.int(2, 3)).sort(byMeasure);
      const inPerson = sessions.filter((s) => sumOf(s) >= 3);
      if (inPerson.length >= 3 && rng.chance(0.2)) {
        for (const session of inPerson.slice(0, 4)) add(program, session, 'immediate', ['knowledge', 'confidence'], sumOf(session), isoDate(session.startsAt));
      } else {
        add(program, null, 'immediate', measures, people, rng.chance(0.7) ? program.sessionsUntil : null);
      }
      const followUp = addDays(program.endsOn, rng.int(28, 56));
      if (followUp <= yesterday && rng.chance(0.25)) add(program, null, 'follow-up', measures, Math.max(1, Math.round(people * 0.4)), followUp);
    }
    sortByTime(rows, (r) => r.createdAt);

    return bulkInsert(ctx.db, 'outcome_results', [
      { name: 'id', type: 'uuid', value: (r) => r.id },
      { name: 'program_id', type: 'uuid', value: (r) => r.programId },
      { name: 'session_id', type: 'uuid', value: (r) => r.sessionId },
      { name: 'timing', type: 'text', value: (r) => r.timing },
      { name: 'measure', type: 'text', value: (r) => r.measure },
      { name: 'respondents', type: 'integer', value: (r) => r.respondents },
      { name: 'strongly_disagree', type: 'integer', value: (r) => r.counts[0] },
      { name: 'disagree', type: 'integer', value: (r) => r.counts[1] },
      { name: 'neutral', type: 'integer', value: (r) => r.counts[2] },
      { name: 'agree', type: 'integer', value: (r) => r.counts[3] },
      { name: 'strongly_agree', type: 'integer', value: (r) => r.counts[4] },
      { name: 'non_responses', type: 'integer', value: (r) => r.nonResponses },
      { name: 'collected_on', type: 'date', value: (r) => r.collectedOn },
      ...trackedRecordColumns<OutcomeRow>(),
    ], rows);
  },
};

function byMeasure(a: OutcomeMeasure, b: OutcomeMeasure): number {
  return OUTCOME_MEASURES.keys.indexOf(a) - OUTCOME_MEASURES.keys.indexOf(b);
}
