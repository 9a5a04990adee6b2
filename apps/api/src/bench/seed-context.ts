import type {
  AgeBand,
  AudienceScope,
  Channel,
  CommitmentStatus,
  DevelopmentModel,
  Factor,
  FactorTagSign,
  FocusArea,
  ImpactArea,
  LibraryRole,
  PartnerStage,
  PartnerType,
  PrimaryOutcome,
  ProgramFormat,
  ProgramLocation,
  ProgramRole,
  ProgramStatus,
  ProgramStatusReason,
  Public,
  SessionFormat,
  Side,
  StaffRole,
} from '@common-ground/domain';
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
  /** Joint programs over the last three years and the next four months, spread unevenly across partners. */
  programs: number;
  /** Partners' roles in programs (1–3 partners a program, now and then two roles for one partner). */
  programRoles: number;
  /** Sessions of programs that have started (held, under way, or cancelled part-way). */
  sessions: number;
  /** Lines of the contributions ledger, both sides, mostly for programs. */
  contributions: number;
  /** Participant survey results (one per program or session, timing and measure). */
  outcomeResults: number;
  /** Impact notes: stories, quotes, outcomes, lessons, media mentions. */
  impactNotes: number;
  /** Partnership assessment responses, both sides, in waves over the last 24 months. */
  assessmentResponses: number;
}

export const LARGE_LIBRARY: SeedScale = {
  staff: 40,
  partners: 2_000,
  contacts: 20_000,
  goalsPerPartner: 2.5,
  agreementsPerPartner: 1,
  communications: 300_000,
  commitments: 50_000,
  programs: 20_000,
  programRoles: 40_000,
  sessions: 100_000,
  contributions: 60_000,
  outcomeResults: 20_000,
  impactNotes: 25_000,
  assessmentResponses: 10_000,
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
    programs: Math.round(scale.programs * factor),
    programRoles: Math.round(scale.programRoles * factor),
    sessions: Math.round(scale.sessions * factor),
    contributions: Math.round(scale.contributions * factor),
    outcomeResults: Math.round(scale.outcomeResults * factor),
    impactNotes: Math.round(scale.impactNotes * factor),
    assessmentResponses: Math.round(scale.assessmentResponses * factor),
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
  /** When it was archived (programs and roles for it end before that). */
  archivedAt: Date | null;
  contactCadenceDays: number;
  focusAreas: FocusArea[];
  publics: Public[];
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
  /** 1, one more for the status change and one more for archiving (as the audit entries tell). */
  version?: number;
}

/** A generated program, whole: roles, sessions, contributions, outcomes and notes hang off it. */
export interface SeededProgram {
  id: string;
  title: string;
  description: string;
  topic: FocusArea;
  primaryOutcome: PrimaryOutcome;
  developmentModel: DevelopmentModel;
  format: ProgramFormat;
  location: ProgramLocation;
  audienceScope: AudienceScope;
  targetGroups: Public[];
  ageBands: AgeBand[];
  libraryRole: LibraryRole;
  impactAreas: ImpactArea[];
  startsOn: string;
  endsOn: string;
  status: ProgramStatus;
  statusReason: ProgramStatusReason | null;
  statusNote: string | null;
  agreementDoneOn: string | null;
  brandingApprovedOn: string | null;
  volunteersClearedOn: string | null;
  spaceBookedOn: string | null;
  timingConfirmedOn: string | null;
  partnerCredited: boolean;
  outcomeSummarySharedOn: string | null;
  /** When and by whom the status left 'planned' (every program is created planned); null while planned. */
  statusChangedAt: Date | null;
  statusChangedBy: string | null;
  /** How many sessions its schedule has from start to end (1 for a one-off event). */
  scheduledSessions: number;
  /** The last day a session of it can have taken place (null: none did, e.g. not started, postponed). */
  sessionsUntil: string | null;
  /** Its partners with a role (in use or not), lead first; filled by the roles generator. */
  partnerIds: string[];
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
  updatedBy: string;
  archivedAt: Date | null;
  version: number;
}

export interface SeededProgramRole {
  id: string;
  programId: string;
  partnerId: string;
  role: ProgramRole;
  responsibilities: string;
  ownerContactId: string | null;
  ownerNamedOn: string | null;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
  archivedAt: Date | null;
  version: number;
}

export interface SeededSession {
  id: string;
  programId: string;
  startsAt: Date;
  format: SessionFormat;
  /** By age band, in AGE_BANDS order: 0–5, 6–11, 12–18, 19+, general. */
  attendance: [number, number, number, number, number];
  recordedViews: number | null;
  audienceMatched: boolean | null;
  notes: string;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
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
  programs: SeededProgram[];
  programRoles: SeededProgramRole[];
  sessions: SeededSession[];
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

/** Whole days since 1970-01-01 of a 'YYYY-MM-DD' day. */
export function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

/** The day `n` days after (or before) a 'YYYY-MM-DD' day. */
export function addDays(day: string, n: number): string {
  return new Date((dayNumber(day) + n) * DAY_MS).toISOString().slice(0, 10);
}

/** An instant on that UTC day, at a random minute of an hour in [fromHour, toHour] (so still that day in UTC). */
export function onDay(rng: Rng, day: string, fromHour = 14, toHour = 22): Date {
  return new Date(dayNumber(day) * DAY_MS + rng.int(fromHour, toHour) * 3_600_000 + rng.int(0, 59) * 60_000);
}

/** The earlier / later of two instants. */
export function earliest(a: Date, b: Date): Date {
  return a < b ? a : b;
}
export function latest(a: Date, b: Date): Date {
  return a > b ? a : b;
}
