import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface DigestRecipient {
  id: string;
  name: string;
  email: string;
}

@Injectable()
export class DigestRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Claims the week for this process: the row's primary key is the week, so of several API processes (or a
   * restart) reaching the same week exactly one gets the row back and sends; the others get nothing and stop.
   */
  async claimWeek(weekStarting: string, startedAt: Date): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO digest_runs (week_starting, started_at) VALUES ($1, $2) ON CONFLICT (week_starting) DO NOTHING RETURNING week_starting`,
      [weekStarting, startedAt],
    );
    return rows.length === 1;
  }

  async finishWeek(weekStarting: string, finishedAt: Date, sent: number, failed: number): Promise<void> {
    await this.dataSource.query('UPDATE digest_runs SET finished_at = $2, sent = $3, failed = $4 WHERE week_starting = $1', [
      weekStarting,
      finishedAt,
      sent,
      failed,
    ]);
  }

  /** Everyone who can sign in; whether they get an email depends on their attention items. */
  async activeStaff(): Promise<DigestRecipient[]> {
    return this.dataSource.query('SELECT id, name, email FROM users WHERE active ORDER BY lower(name), id');
  }
}
