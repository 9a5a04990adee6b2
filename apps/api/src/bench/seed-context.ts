import type { Channel, CommitmentStatus, Factor, FactorTagSign, PartnerStage, PartnerType, Side, StaffRole } from '@common-ground/domain';
import type { ClientBase } from 'pg';
import type { Rng } from './random';

/**
 * How much a large urban library has. The partners capability fills the first block; later capabilities add their
 * own counts here and a generator each (see generators/index.ts). Targets for them:
 * programs 20,000 · sessions 100,000 · communications 300,000 · commitments 50,000 · assessment responses 10,000.
 */
export interface SeedScale {
  staff: number;
  partners: number;
  contacts: number;
  /** Average shared goals per partner (each partner gets 1–4; prospects fewer). */
  goalsPerPartner: number;
  /** Average agreements per partner (prospects and explorers mostly none). */
  agreementsPerPartner: number;
  /** Logged communications over the last ~2 years, spread unevenly across partners. */
  communications: number;
  /** Commitments (follow-ups), most of them from communications. */
  commitments: number;
}

export const LARGE_LIBRARY: SeedScale = {
  staff: 40,
  partners: 2_000,
  contacts: 20_000,
  goalsPerPartner: 2.5,
  agreementsPerPartner: 1,
  communications: 300_000,
  commitments: 50_000,
};

/** Multiplies every count (at least 1 staff member and 1 partner; contacts at least one per partner). */
export function scaled(scale: SeedScale, factor: number): SeedScale {
  const partners = Math.max(1, Math.round(scale.partners * factor));
  return {
    ...scale,
    staff: Math.max(1, Math.round(scale.staff * Math.min(1, factor * 4))),
    partners,
    contacts: Math.max(partners, Math.round(scale.contacts * factor)),
    communications: Math.round(scale.communications * factor),
    commitments: Math.round(scale.commitments * factor),
  };
}

export interface SeededStaff {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
}

export interface SeededPartner {
  id: string;
  name: string;
  type: PartnerType;
  stage: PartnerStage;
  liaisonId: string | null;
  /** Domain for its contacts' mail addresses. */
  domain: string;
  createdAt: Date;
  archived: boolean;
  contactCadenceDays: number;
}

export interface SeededContact {
  id: string;
  partnerId: string;
  name: string;
  archived: boolean;
}

/** A generated communication, whole: commitments come from these, and the audit entries describe them. */
export interface SeededCommunication {
  id: string;
  partnerId: string;
  occurredAt: Date;
  channel: Channel;
  initiatedBy: Side;
  twoWay: boolean;
  substantive: boolean;
  summary: string;
  staffIds: string[];
  contactIds: string[];
  factorTags: { factor: Factor; sign: FactorTagSign; note: string | null }[];
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
  archivedAt: Date | null;
}

/** A generated commitment, whole (the audit entries describe it and its status change). */
export interface SeededCommitment {
  id: string;
  partnerId: string;
  communicationId: string | null;
  ownerSide: Side;
  ownerUserId: string | null;
  ownerContactId: string | null;
  description: string;
  dueOn: string;
  status: CommitmentStatus;
  completedOn: string | null;
  statusChangedAt: Date | null;
  statusChangedBy: string | null;
  statusReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
  updatedBy: string;
  archivedAt: Date | null;
}

/**
 * What every generator receives. Generators run in order inside one transaction and leave what later ones need
 * here (staff → partners → contacts → …); a new capability adds a field for its records (e.g. `programs`).
 */
export interface SeedContext {
  db: ClientBase;
  /** Root of the seeded streams: take `rng.fork(kind)`, never share one stream across kinds. */
  rng: Rng;
  scale: SeedScale;
  /** "Now" for the data: all dates are relative to it, so the data set always looks current. */
  now: Date;
  staff: SeededStaff[];
  partners: SeededPartner[];
  contacts: SeededContact[];
  communications: SeededCommunication[];
  commitments: SeededCommitment[];
}

/** One kind of record. One file per kind under generators/, listed in generators/index.ts in dependency order. */
export interface SeedGenerator {
  kind: string;
  /** Inserts the records and returns how many rows it wrote. */
  run(ctx: SeedContext): Promise<number>;
}

const DAY_MS = 86_400_000;

export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** A random instant between `from` and `to`. */
export function between(rng: Rng, from: Date, to: Date): Date {
  const span = Math.max(0, to.getTime() - from.getTime());
  return new Date(from.getTime() + Math.floor(rng.float() * span));
}

/** 'YYYY-MM-DD' (UTC) of an instant, moved by a number of days. */
export function isoDate(at: Date, plusDays = 0): string {
  return new Date(at.getTime() + plusDays * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Sorts rows in place by an instant, oldest first (stable), reading each instant once: rows are inserted in the order
 * they were recorded, so the table looks like one that grew over time (hundreds of thousands of rows: a comparator
 * that called getTime() on every comparison was a noticeable part of the seed).
 */
export function sortByTime<R>(rows: R[], time: (row: R) => Date): void {
  const keyed = rows.map((row, index) => ({ t: time(row).getTime(), index, row }));
  keyed.sort((a, b) => a.t - b.t || a.index - b.index);
  keyed.forEach((k, i) => {
    rows[i] = k.row;
  });
}
