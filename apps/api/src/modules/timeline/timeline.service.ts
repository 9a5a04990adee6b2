import { Injectable } from '@nestjs/common';
import { pageRequest, toPage } from '../../common/pagination/page';
import { notFound } from '../../common/problem/domain-error';
import { type ListTimelineQueryDto, TIMELINE_RECORD_TYPES, type TimelineItemDto, type TimelinePageDto, type TimelineRecordType } from './dto/timeline.dto';
import { summariseChange } from './timeline-summary';
import { type TimelineRow, TimelineRepository } from './timeline.repository';

function toTimelineItem(row: TimelineRow): TimelineItemDto {
  const actorName = row.actor_id ? (row.actor_name ?? 'A former staff member') : null;
  return {
    id: row.id,
    kind: 'change',
    occurredAt: row.occurred_at.toISOString(),
    actor: row.actor_id ? { id: row.actor_id, name: actorName! } : null,
    summary: summariseChange({
      actorName,
      action: row.action,
      recordType: row.entity_type,
      recordLabel: row.record_label,
      changes: row.changes,
      liaisonNames: { before: row.liaison_before_name, after: row.liaison_after_name },
    }),
    recordType: row.entity_type as TimelineRecordType,
    recordId: row.entity_id,
    changes: row.changes,
  };
}

/**
 * A partner's timeline: what happened with it and its records, newest first. Today that is the changes in the
 * audit log ('change'); communications, commitments and programs join as those capabilities arrive.
 */
@Injectable()
export class TimelineService {
  constructor(private readonly entries: TimelineRepository) {}

  async list(partnerId: string, query: ListTimelineQueryDto): Promise<TimelinePageDto> {
    if (!(await this.entries.partnerExists(partnerId))) throw notFound('partner');
    const page = pageRequest(query);
    const kinds = query.kind ? [query.kind] : ['change'];
    if (!kinds.includes('change')) return toPage([], 0, page);
    const { rows, total } = await this.entries.changes(partnerId, TIMELINE_RECORD_TYPES, page);
    return toPage(rows.map(toTimelineItem), total, page);
  }
}
