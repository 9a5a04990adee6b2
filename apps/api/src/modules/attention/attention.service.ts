import { Injectable } from '@nestjs/common';
import { ACTIVE_STAGES, GOING_QUIET_WARNING_DAYS, type PartnerStage, roleAtLeast } from '@common-ground/domain';
import type { StaffMember } from '../../common/auth/staff-member';
import { Clock } from '../../common/clock/clock';
import { pageRequest, toPage } from '../../common/pagination/page';
import { DomainError } from '../../common/problem/domain-error';
import { reviewWindow } from '../partners/partner.mapper';
import { shortened } from '../timeline/timeline-summary';
import { healthReason, overdueReason, quietReason, reviewReason } from './attention-reasons';
import { type AttentionDays, AttentionRepository, type AttentionRow, type AttentionScope, type QuietPartnerRow } from './attention.repository';
import type { AttentionItemDto, AttentionPageDto, AttentionRule, ListAttentionQueryDto } from './dto/attention.dto';
import type { QuietPartnerDto } from './dto/quiet-partner.dto';

const LABEL_MAX = 120;

const staffRef = (id: string | null, name: string | null) => (id ? { id, name: name ?? 'A former staff member' } : null);

function toQuietPartner(row: QuietPartnerRow): QuietPartnerDto {
  return {
    partner: { id: row.id, name: row.name },
    stage: row.stage as PartnerStage,
    liaison: staffRef(row.liaison_id, row.liaison_name),
    cadenceDays: row.cadence_days,
    lastContactAt: row.last_contact_at ? row.last_contact_at.toISOString() : null,
    daysSinceContact: row.days_since,
    state: row.days_since > row.cadence_days ? 'quiet' : 'going-quiet',
  };
}

/** An attention row as the item people read: what, why (a sentence), and where to act on it. */
function toItem(row: AttentionRow): AttentionItemDto {
  const common = {
    key: `${row.kind}:${row.id}`,
    kind: row.kind,
    partner: { id: row.partner_id, name: row.partner_name },
    liaison: staffRef(row.liaison_id, row.liaison_name),
    date: row.date,
  };
  switch (row.kind) {
    case 'quiet-partner':
      return {
        ...common,
        record: { type: 'partner', id: row.id, label: row.partner_name },
        reason: quietReason(row.days_since, row.cadence_days!, row.last_contact_at === null),
        days: row.days_since - row.cadence_days!,
        owner: null,
      };
    case 'overdue-commitment':
      return {
        ...common,
        record: { type: 'commitment', id: row.id, label: row.description! },
        reason: overdueReason(row.description!, row.date, row.days_since),
        days: row.days_since,
        owner:
          row.owner_side === 'library'
            ? { side: 'library', name: row.owner_user_id ? (row.owner_user_name ?? 'A former staff member') : null, userId: row.owner_user_id }
            : { side: 'partner', name: row.owner_contact_name, userId: null },
      };
    case 'agreement-review':
    case 'goal-review': {
      const isAgreement = row.kind === 'agreement-review';
      return {
        ...common,
        record: { type: isAgreement ? 'agreement' : 'goal', id: row.id, label: shortened(row.label ?? '', LABEL_MAX) },
        reason: reviewReason(isAgreement ? 'Agreement' : 'Goal', row.date, row.days_since, row.never_reviewed === true),
        days: row.days_since,
        owner: null,
      };
    }
    case 'health-concern':
    case 'health-declining':
    case 'assessment-stale':
      return {
        ...common,
        record: { type: 'partner', id: row.id, label: row.partner_name },
        reason: healthReason(row.kind, row.date, row.health_profile!),
        days: row.days_since,
        owner: null,
      };
  }
}

/**
 * What needs someone's attention: partners gone quiet past their contact cadence, overdue follow-ups,
 * agreements and goals due for review, and partnerships whose latest health snapshot has a concern, a decline or a
 * stale assessment. Each item says why and links to the record. Rules read "today" from the
 * injected clock as a UTC date.
 */
@Injectable()
export class AttentionService {
  constructor(
    private readonly items: AttentionRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * The liaison's partners in an active stage that are quiet or within GOING_QUIET_WARNING_DAYS of their cadence,
   * most overdue first (the home page's "going quiet").
   */
  async goingQuiet(liaisonId: string): Promise<QuietPartnerDto[]> {
    const rows = await this.items.quietPartners({ staffId: liaisonId }, this.days(), ACTIVE_STAGES, -GOING_QUIET_WARNING_DAYS);
    return rows.map(toQuietPartner);
  }

  async list(staff: StaffMember, query: ListAttentionQueryDto): Promise<AttentionPageDto> {
    if (!query.mine && !roleAtLeast(staff.role, 'manager')) {
      throw new DomainError('forbidden', 'The whole library’s attention list is for managers. Add mine=true to see your own items.');
    }
    const scope: AttentionScope = query.mine ? { staffId: staff.id } : 'all';
    const page = pageRequest(query);
    const { rows, counts } = await this.items.list(scope, this.days(), ACTIVE_STAGES, query.kind ?? null, page);
    const perRule: Record<AttentionRule, number> = {
      'overdue-commitment': counts.overdueCommitment,
      'quiet-partner': counts.quietPartner,
      'review-due': counts.reviewDue,
      'partner-health': counts.partnerHealth,
    };
    const total = query.kind ? perRule[query.kind] : counts.overdueCommitment + counts.quietPartner + counts.reviewDue + counts.partnerHealth;
    return { ...toPage(rows.map(toItem), total, page), counts };
  }

  /** Everything on one staff member's own list, in the list's order (the weekly digest). */
  async allMine(staffId: string): Promise<AttentionItemDto[]> {
    const { rows } = await this.items.list({ staffId }, this.days(), ACTIVE_STAGES, null);
    return rows.map(toItem);
  }

  private days(): AttentionDays {
    return reviewWindow(this.clock.now());
  }
}
