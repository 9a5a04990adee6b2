import type { AnswerCountsResponseDto, OutcomeResultResponseDto } from './dto/outcome-result.response.dto';
import type { OutcomeResultEntity } from './outcome-result.entity';

type Counted = Pick<OutcomeResultEntity, 'stronglyDisagree' | 'disagree' | 'neutral' | 'agree' | 'stronglyAgree'>;

/** Respondents who chose an option (non-responses excluded): the n the agree share is taken over. */
export function answered(result: Counted): number {
  return result.stronglyDisagree + result.disagree + result.neutral + result.agree + result.stronglyAgree;
}

/** The share who agree or strongly agree, of those who answered; derived here and nowhere typed. */
export function agreeShare(result: Counted): number | null {
  const n = answered(result);
  return n === 0 ? null : (result.agree + result.stronglyAgree) / n;
}

export function countsOf(result: Counted): AnswerCountsResponseDto {
  return {
    'strongly-disagree': result.stronglyDisagree,
    disagree: result.disagree,
    neutral: result.neutral,
    agree: result.agree,
    'strongly-agree': result.stronglyAgree,
  };
}

export function toOutcomeResultResponse(result: OutcomeResultEntity): OutcomeResultResponseDto {
  return {
    id: result.id,
    programId: result.programId,
    sessionId: result.sessionId,
    timing: result.timing,
    measure: result.measure,
    respondents: result.respondents,
    counts: countsOf(result),
    nonResponses: result.nonResponses,
    answered: answered(result),
    agreeShare: agreeShare(result),
    collectedOn: result.collectedOn,
    createdAt: result.createdAt.toISOString(),
    updatedAt: result.updatedAt.toISOString(),
    createdBy: result.createdBy,
    version: result.version,
    archivedAt: result.archivedAt ? result.archivedAt.toISOString() : null,
  };
}

/** What the audit log records of a result. */
export function outcomeResultAuditSnapshot(result: OutcomeResultEntity): Record<string, unknown> {
  return {
    programId: result.programId,
    sessionId: result.sessionId,
    timing: result.timing,
    measure: result.measure,
    respondents: result.respondents,
    counts: countsOf(result),
    nonResponses: result.nonResponses,
    collectedOn: result.collectedOn,
    archivedAt: result.archivedAt,
  };
}
