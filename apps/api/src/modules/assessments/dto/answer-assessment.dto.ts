import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ASSESSMENT_ITEMS, COLLABORATION_LEVEL_MAX, COLLABORATION_LEVEL_MIN, VALUE_ITEMS } from '@common-ground/domain';
import { IsInt, IsObject, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { TrimToNull } from '../../../common/validation/text-fields';

export const COMMENTS_MAX_LENGTH = 4000;
const LEVEL_MESSAGE = `Choose a level of collaboration from ${COLLABORATION_LEVEL_MIN} to ${COLLABORATION_LEVEL_MAX}, or leave it out.`;

const answerSchema = (ids: readonly string[]) => ({
  type: 'object' as const,
  additionalProperties: false,
  properties: Object.fromEntries(ids.map((id) => [id, { type: 'integer', minimum: 1, maximum: 5, nullable: true }])),
});

/**
 * One respondent's answers, staff or partner alike. The answer maps are checked item by item in the service
 * (assessment-answers.ts), so each problem names its statement: a class-validator rule could only name the map.
 */
export class AnswerAssessmentDto {
  @ApiProperty({
    ...answerSchema(ASSESSMENT_ITEMS.map((item) => item.id)),
    description: 'Every one of the 25 statements: 1 (strongly disagree) to 5 (strongly agree), or null for “don’t know”.',
  } as never)
  @IsObject({ message: 'Send the answers as an object of statement ids to answers.' })
  answers: Record<string, unknown>;

  @ApiPropertyOptional({ ...answerSchema(VALUE_ITEMS.map((item) => item.id)), description: 'Optional: V1–V3, 1–5 or null.' } as never)
  @IsOptional()
  @IsObject({ message: 'Send the value answers as an object of statement ids to answers.' })
  valueAnswers?: Record<string, unknown> | null;

  @ApiPropertyOptional({ type: 'integer', minimum: COLLABORATION_LEVEL_MIN, maximum: COLLABORATION_LEVEL_MAX, nullable: true })
  @IsOptional()
  @IsInt({ message: LEVEL_MESSAGE })
  @Min(COLLABORATION_LEVEL_MIN, { message: LEVEL_MESSAGE })
  @Max(COLLABORATION_LEVEL_MAX, { message: LEVEL_MESSAGE })
  collaborationLevel?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: COMMENTS_MAX_LENGTH })
  @TrimToNull()
  @IsOptional()
  @IsString({ message: 'Comments must be text.' })
  @MaxLength(COMMENTS_MAX_LENGTH, { message: `Keep comments to ${COMMENTS_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer.` })
  comments?: string | null;
}
