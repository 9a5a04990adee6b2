/**
 * What the model is given about one partnership: plain data, no entities. Every fact carries the id of the record
 * it came from, so each evidence unit can list the records it rests on and the UI can link to them.
 * Days are 'YYYY-MM-DD'. Facts dated after `asOf` are ignored, so an old snapshot can be recomputed from today's
 * records (as far as those records keep their history).
 */
import type {
  Answer,
  AssessmentItemId,
  CommitmentStatus,
  Factor,
  FactorTagSign,
  GoalAgreedBy,
  PartnerStage,
  ProgramStatus,
  ProgramStatusReason,
  Side,
  ValueItemId,
} from '@common-ground/domain';
import type { IsoDate } from './dates';

/** One respondent's answers on one day (one assessment record). */
export interface AssessmentResponseFact {
  readonly id: string;
  readonly side: Side;
  /** The staff user or partner contact; a respondent's latest response replaces their earlier ones. */
  readonly respondentId: string;
  readonly answeredAt: IsoDate;
  /** 1–5, or null for "don't know"; an item left out was not asked or not answered. */
  readonly answers: Readonly<Partial<Record<AssessmentItemId | ValueItemId, Answer>>>;
}

export interface FactorTagFact {
  readonly factor: Factor;
  readonly sign: FactorTagSign;
}

export interface CommunicationFact {
  readonly id: string;
  readonly on: IsoDate;
  readonly twoWay: boolean;
  readonly substantive: boolean;
  /** null when nobody recorded who started it: it then does not count for initiation balance. */
  readonly initiatedBy: Side | null;
  readonly tags?: readonly FactorTagFact[];
}

export interface CommitmentFact {
  readonly id: string;
  readonly side: Side;
  readonly status: CommitmentStatus;
  readonly dueOn: IsoDate;
  /** Set when done; on or before dueOn is on time, after it is late. */
  readonly completedOn: IsoDate | null;
}

export interface GoalFact {
  readonly id: string;
  readonly agreedBy: GoalAgreedBy;
  readonly lastReviewedOn: IsoDate | null;
  /** When it was first agreed: counts as a review when there has been none since. */
  readonly agreedOn?: IsoDate | null;
}

export interface AgreementFact {
  readonly id: string;
  /** Whether it lists what each side contributes; only such agreements document expectations. */
  readonly listsContributions: boolean;
  readonly reviewedOn: IsoDate | null;
  /** When it took effect: counts as a review when there has been none since. */
  readonly startsOn: IsoDate | null;
}

export interface ProgramRoleFact {
  readonly id: string;
  /** The day an owner was named for the role; null while nobody owns it. */
  readonly ownerAssignedOn: IsoDate | null;
}

export interface ProgramFact {
  readonly id: string;
  readonly status: ProgramStatus;
  readonly startsOn: IsoDate;
  readonly endsOn: IsoDate;
  /** Whether the actual audience matched the intended one; null when nobody recorded it. */
  readonly audienceMatched: boolean | null;
  readonly partnerCredited: boolean;
  /**
   * The day the admin checklist became complete (its last needed item done); null while incomplete. Which items a
   * program needs is the caller's rule, so the model only compares this day with the start.
   */
  readonly adminChecklistCompletedOn: IsoDate | null;
  readonly outcomeSummarySharedOn: IsoDate | null;
  /** Required when cancelled or postponed. */
  readonly statusReason: ProgramStatusReason | null;
  readonly roles?: readonly ProgramRoleFact[];
}

export interface PartnershipEvidence {
  readonly stage: PartnerStage;
  /** The agreed contact cadence; the policy's default when not set. */
  readonly cadenceDays?: number | null;
  /** The day the partnership was first recorded: coverage does not count cadence periods before it. */
  readonly recordedSince?: IsoDate | null;
  readonly assessments?: readonly AssessmentResponseFact[];
  readonly communications?: readonly CommunicationFact[];
  readonly commitments?: readonly CommitmentFact[];
  readonly goals?: readonly GoalFact[];
  readonly agreements?: readonly AgreementFact[];
  readonly programs?: readonly ProgramFact[];
}

/** A factor's score on an earlier day, as stored in a health snapshot; the history that trend reads. */
export interface FactorSnapshot {
  readonly asOf: IsoDate;
  readonly score: number;
  readonly se: number;
}
