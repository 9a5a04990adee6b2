import { ASSESSMENT_ITEMS, FACTORS, VALUE_ITEMS, type Factor } from '@common-ground/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { StaffMember } from '../common/auth/staff-member';
import type { ContactResponseDto } from '../modules/contacts/dto/contact.response.dto';
import { assessmentAuditSnapshot } from '../modules/assessments/assessments.mapper';
import { auditChanges } from '../modules/audit/audit-diff';
import type { PartnerResponseDto } from '../modules/partners/dto/partner.response.dto';
import { DEMO_ASSESSMENT_ROUNDS, type DemoResponse } from './demo-assessments';
import type { DemoStaffName } from './demo-partners';

export interface DemoAssessmentsInput {
  dataSource: DataSource;
  now: Date;
  staff: Map<DemoStaffName, StaffMember>;
  partners: Map<string, PartnerResponseDto>;
  contacts: Map<string, ContactResponseDto[]>;
}

export interface DemoAssessmentsResult {
  waves: number;
  responses: number;
  /** The days the rounds were answered on (YYYY-MM-DD), for the health snapshots that follow each. */
  answeredOn: { partnerId: string; day: string }[];
}

const DAY_MS = 86_400_000;

/**
 * Item answers whose scored mean per factor is the response's level (rounded to a fifth): the five items share the
 * level's total as evenly as whole numbers allow, and a reverse-worded item is stored as the person would tick it
 * (6 − its score). "Don't know" items are left out of the total, as the model leaves them out of the mean.
 */
export function demoAnswers(response: Pick<DemoResponse, 'levels' | 'dontKnow' | 'value'>): Record<string, number | null> {
  const answers: Record<string, number | null> = {};
  const unknown = new Set(response.dontKnow ?? []);
  for (const factor of FACTORS.keys as readonly Factor[]) {
    const items = ASSESSMENT_ITEMS.filter((item) => item.factor === factor);
    const known = items.filter((item) => !unknown.has(item.id));
    const total = Math.round(response.levels[factor] * known.length);
    known.forEach((item, i) => {
      const score = Math.floor(total / known.length) + (i < total % known.length ? 1 : 0);
      const clamped = Math.min(5, Math.max(1, score));
      answers[item.id] = item.reverse ? 6 - clamped : clamped;
    });
    for (const item of items) if (unknown.has(item.id)) answers[item.id] = null;
  }
  response.value?.forEach((answer, i) => {
    answers[VALUE_ITEMS[i]!.id] = answer;
  });
  return answers;
}

/**
 * Writes the demo's assessment rounds with their past dates, straight into the tables (the API would stamp them
 * today): each round a wave opened by the partner's liaison, each response by a demo staff member or a contact of
 * that partner.
 */
export async function loadDemoAssessments(input: DemoAssessmentsInput): Promise<DemoAssessmentsResult> {
  const result: DemoAssessmentsResult = { waves: 0, responses: 0, answeredOn: [] };
  await input.dataSource.transaction(async (db) => {
    for (const round of DEMO_ASSESSMENT_ROUNDS) {
      const partner = input.partners.get(round.partner);
      if (!partner) throw new Error(`Demo assessments: no demo partner named ${round.partner}`);
      const openedBy = staffOf(input, round.openedBy);
      const waveId = await insertWave(db, partner.id, dayOf(input.now, round.openedDaysAgo), openedBy.id, atDaysAgo(input.now, round.openedDaysAgo));
      result.waves++;
      for (const response of round.responses) {
        await insertResponse(db, input, partner, waveId, response);
        result.responses++;
      }
      const latest = Math.min(...round.responses.map((r) => r.daysAgo));
      result.answeredOn.push({ partnerId: partner.id, day: dayOf(input.now, latest) });
    }
  });
  return result;
}

async function insertWave(db: EntityManager, partnerId: string, openedOn: string, openedBy: string, createdAt: Date): Promise<string> {
  const rows: { id: string }[] = await db.query(
    `INSERT INTO assessment_waves (partner_id, opened_on, opened_by, created_at) VALUES ($1, $2, $3, $4) RETURNING id`,
    [partnerId, openedOn, openedBy, createdAt],
  );
  return rows[0]!.id;
}

async function insertResponse(db: EntityManager, input: DemoAssessmentsInput, partner: PartnerResponseDto, waveId: string, response: DemoResponse): Promise<void> {
  const answeredAt = atDaysAgo(input.now, response.daysAgo);
  let userId: string | null = null;
  let contactId: string | null = null;
  if (response.side === 'library') {
    userId = staffOf(input, response.who as DemoStaffName).id;
  } else {
    const contact = input.contacts.get(partner.name)?.find((c) => c.name === response.who);
    if (!contact) throw new Error(`Demo assessments: ${response.who} is not a contact of ${partner.name}`);
    contactId = contact.id;
  }
  const inserted: { id: string }[] = await db.query(
    `INSERT INTO assessments (partner_id, wave_id, side, respondent_user_id, respondent_contact_id, answered_at, answers,
                              collaboration_level, comments, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $6) RETURNING id`,
    [partner.id, waveId, response.side, userId, contactId, answeredAt, JSON.stringify(demoAnswers(response)), response.collaborationLevel ?? null, response.comments ?? null],
  );
  // The entry the service writes with an answer, dated when it was given, so the partner's timeline shows it.
  const snapshot = assessmentAuditSnapshot(
    { partnerId: partner.id, waveId, side: response.side, respondentUserId: userId, respondentContactId: contactId, invitationId: null, answeredAt, collaborationLevel: response.collaborationLevel ?? null },
    response.who,
  );
  await db.query(
    `INSERT INTO audit_entries (occurred_at, actor_id, entity_type, entity_id, action, changes, partner_id)
     VALUES ($1, $2, 'assessment', $3, 'create', $4::jsonb, $5)`,
    [answeredAt, userId, inserted[0]!.id, JSON.stringify(auditChanges(undefined, snapshot)), partner.id],
  );
}

function staffOf(input: DemoAssessmentsInput, name: DemoStaffName): StaffMember {
  const member = input.staff.get(name);
  if (!member) throw new Error(`Demo assessments: no demo user named ${name}`);
  return member;
}

/** Mid-morning UTC of the day `daysAgo` before now, so every answer lies on the day it says. */
function atDaysAgo(now: Date, daysAgo: number): Date {
  const day = new Date(now.getTime() - daysAgo * DAY_MS);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 10, 30));
}

function dayOf(now: Date, daysAgo: number): string {
  return new Date(now.getTime() - daysAgo * DAY_MS).toISOString().slice(0, 10);
}
