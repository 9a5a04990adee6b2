import { Injectable } from '@nestjs/common';
import { type Channel, FACTORS, type Factor, type FactorTagSign, type Side } from '@common-ground/domain';
import { pageRequest, toPage } from '../../common/pagination/page';
import { notFound } from '../../common/problem/domain-error';
import {
  ASSESSMENT_RECORD_TYPES,
  type ListTimelineQueryDto,
  PROGRAM_RECORD_TYPES,
  TIMELINE_RECORD_TYPES,
  type TimelineCommunicationDto,
  type TimelineItemDto,
  type TimelineKind,
  type TimelinePageDto,
  type TimelineRecordType,
} from './dto/timeline.dto';
import { communicationLabel, type ProgramRecordDetails, summariseChange, summariseCommunication } from './timeline-summary';
import { type TimelineRow, type TimelineSources, TimelineRepository } from './timeline.repository';

/**
 * Which rows each kind reads. A communication's later edits are kind 'communication' too. Program events: the
 * entries of the partner's roles, contributions and notes (they carry the partner), and the events of the programs
 * it has a role in (which do not).
 */
const PARTNER_PROGRAM_RECORDS = PROGRAM_RECORD_TYPES.filter((type) => type !== 'program');
const SOURCES: Record<TimelineKind, TimelineSources> = {
  change: { auditTypes: TIMELINE_RECORD_TYPES, communications: false, programs: false },
  communication: { auditTypes: ['communication'], communications: true, programs: false },
  commitment: { auditTypes: ['commitment'], communications: false, programs: false },
  program: { auditTypes: PARTNER_PROGRAM_RECORDS, communications: false, programs: true },
  assessment: { auditTypes: ASSESSMENT_RECORD_TYPES, communications: false, programs: false },
};
const EVERYTHING: TimelineSources = {
  auditTypes: [...TIMELINE_RECORD_TYPES, 'communication', 'commitment', ...PARTNER_PROGRAM_RECORDS, ...ASSESSMENT_RECORD_TYPES],
  communications: true,
  programs: true,
};

const isProgramRecord = (entityType: string) => (PROGRAM_RECORD_TYPES as readonly string[]).includes(entityType);

const isAssessmentRecord = (entityType: string) => (ASSESSMENT_RECORD_TYPES as readonly string[]).includes(entityType);

function kindOf(entityType: string): TimelineKind {
  if (entityType === 'communication' || entityType === 'commitment') return entityType;
  if (isProgramRecord(entityType)) return 'program';
  return isAssessmentRecord(entityType) ? 'assessment' : 'change';
}

function toProgramRecord(row: TimelineRow): ProgramRecordDetails | null {
  const record = row.program_record;
  if (!record) return null;
  return {
    programTitle: record.program_title,
    role: record.role,
    side: record.side,
    type: record.type,
    stage: record.stage,
    quantity: record.quantity,
    unit: record.unit,
    moneyValue: record.money_value,
    kind: record.kind,
  };
}

const factorRank = (factor: string) => FACTORS.keys.indexOf(factor as Factor);

function toCommunication(row: TimelineRow): TimelineCommunicationDto {
  const c = row.communication!;
  return {
    id: row.id,
    channel: row.communication_channel as Channel,
    initiatedBy: c.initiated_by as Side,
    twoWay: c.two_way,
    substantive: c.substantive,
    summary: c.summary,
    staffParticipants: c.staff,
    contactParticipants: c.contacts,
    // The five factors in SCORING.md's order, as every other list of them.
    factorTags: [...c.factor_tags]
      .sort((a, b) => factorRank(a.factor) - factorRank(b.factor))
      .map((tag) => ({ factor: tag.factor as Factor, sign: tag.sign as FactorTagSign, note: tag.note })),
    followUpCount: c.follow_up_count,
  };
}

function toTimelineItem(row: TimelineRow): TimelineItemDto {
  const actorName = row.actor_id ? (row.actor_name ?? 'A former staff member') : null;
  // Whole object literals rather than spreading a shared base: a page has dozens of items and spreading measured
  // several times slower than writing the fields out.
  const occurredAt = row.occurred_at.toISOString();
  const actor = row.actor_id ? { id: row.actor_id, name: actorName! } : null;
  const recordType = row.entity_type as TimelineRecordType;
  if (row.source === 'communication') {
    const communication = toCommunication(row);
    return {
      id: row.id,
      occurredAt,
      actor,
      recordType,
      recordId: row.entity_id,
      kind: 'communication',
      summary: summariseCommunication({ actorName, channel: communication.channel, contactNames: communication.contactParticipants.map((c) => c.name) }),
      changes: {},
      communication,
      // Only live communications are listed.
      recordArchived: false,
      program: null,
    };
  }
  const recordLabel =
    row.entity_type === 'communication'
      ? row.communication_channel && row.communication_occurred_at
        ? communicationLabel(row.communication_channel, row.communication_occurred_at)
        : null
      : row.record_label;
  return {
    id: row.id,
    occurredAt,
    actor,
    recordType,
    recordId: row.entity_id,
    kind: kindOf(row.entity_type),
    summary: summariseChange({
      actorName,
      action: row.action,
      recordType: row.entity_type,
      recordLabel,
      changes: row.changes,
      liaisonNames: { before: row.liaison_before_name, after: row.liaison_after_name },
      dueOn: row.commitment_due_on,
      partnerName: row.partner_name,
      programRecord: toProgramRecord(row),
    }),
    changes: row.changes,
    communication: null,
    recordArchived: row.communication_archived,
    program:
      isProgramRecord(row.entity_type) && row.program_record?.program_id
        ? { id: row.program_record.program_id, title: row.program_record.program_title ?? '' }
        : null,
  };
}

/**
 * A partner's timeline: what happened with it, newest first. Record changes from the audit log ('change'), the
 * communications logged with it and later changes to them ('communication'), its follow-ups' changes
 * ('commitment'), and program events ('program'): its roles, contributions and impact notes, and the programs it
 * has a role in being held, cancelled, postponed or moved.
 */
@Injectable()
export class TimelineService {
  constructor(private readonly entries: TimelineRepository) {}

  async list(partnerId: string, query: ListTimelineQueryDto): Promise<TimelinePageDto> {
    const page = pageRequest(query);
    const sources = query.kind ? SOURCES[query.kind] : EVERYTHING;
    const { rows, total } = await this.entries.page(partnerId, sources, page);
    // An empty page is the only case where the partner might not exist: ask then, not on every request.
    if (rows.length === 0 && !(await this.entries.partnerExists(partnerId))) throw notFound('partner');
    return toPage(rows.map(toTimelineItem), total, page);
  }
}
