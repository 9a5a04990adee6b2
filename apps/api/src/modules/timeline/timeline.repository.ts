import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PageRequest } from '../../common/pagination/page';

/** One audit entry of a partner's timeline, with the names a sentence needs. */
export interface TimelineRow {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_name: string | null;
  entity_type: string;
  entity_id: string;
  action: string;
  changes: Record<string, { before: unknown; after: unknown }>;
  record_label: string | null;
  liaison_before_name: string | null;
  liaison_after_name: string | null;
  total: number;
}

@Injectable()
export class TimelineRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async partnerExists(id: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM partners WHERE id = $1', [id]);
    return rows.length > 0;
  }

  /**
   * The partner's changes, newest first (insertion order breaks ties), through IDX_audit_entries_partner. The
   * record's current name and the liaisons' names come along, so each entry can be told as a sentence.
   */
  async changes(partnerId: string, recordTypes: readonly string[], page: PageRequest): Promise<{ rows: TimelineRow[]; total: number }> {
    const rows: TimelineRow[] = await this.dataSource.query(
      `SELECT a.id, a.occurred_at, a.actor_id, actor.name AS actor_name, a.entity_type, a.entity_id, a.action, a.changes,
              CASE a.entity_type WHEN 'contact' THEN c.name WHEN 'goal' THEN g.text WHEN 'agreement' THEN ag.title END AS record_label,
              lb.name AS liaison_before_name, la.name AS liaison_after_name,
              count(*) OVER ()::int AS total
         FROM audit_entries a
         LEFT JOIN users actor ON actor.id = a.actor_id
         LEFT JOIN contacts c ON a.entity_type = 'contact' AND c.id = a.entity_id
         LEFT JOIN goals g ON a.entity_type = 'goal' AND g.id = a.entity_id
         LEFT JOIN agreements ag ON a.entity_type = 'agreement' AND ag.id = a.entity_id
         LEFT JOIN users lb ON a.changes ? 'liaisonId' AND lb.id::text = a.changes->'liaisonId'->>'before'
         LEFT JOIN users la ON a.changes ? 'liaisonId' AND la.id::text = a.changes->'liaisonId'->>'after'
        WHERE a.partner_id = $1 AND a.entity_type = ANY($2::text[])
        ORDER BY a.occurred_at DESC, a.sequence DESC
        LIMIT $3 OFFSET $4`,
      [partnerId, recordTypes, page.limit, page.offset],
    );
    if (rows.length > 0 || page.offset === 0) return { rows, total: rows[0]?.total ?? 0 };
    const counted: { n: number }[] = await this.dataSource.query(
      'SELECT count(*)::int AS n FROM audit_entries WHERE partner_id = $1 AND entity_type = ANY($2::text[])',
      [partnerId, recordTypes],
    );
    return { rows, total: counted[0]?.n ?? 0 };
  }
}
