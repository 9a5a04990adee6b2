import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SIDES, type Side } from '@common-ground/domain';

export const INVITATION_STATUSES = ['pending', 'answered', 'expired'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export class AssessmentRespondentDto {
  @ApiProperty({ enum: ['staff', 'contact'] }) kind: 'staff' | 'contact';
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class FactorMeansDto {
  @ApiProperty({ type: Number, nullable: true }) SA: number | null;
  @ApiProperty({ type: Number, nullable: true }) TW: number | null;
  @ApiProperty({ type: Number, nullable: true }) CE: number | null;
  @ApiProperty({ type: Number, nullable: true }) IR: number | null;
  @ApiProperty({ type: Number, nullable: true }) OC: number | null;
}

export class AssessmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) waveId: string;
  @ApiProperty({ enum: SIDES.keys }) side: Side;
  @ApiProperty({ type: AssessmentRespondentDto }) respondent: AssessmentRespondentDto;
  @ApiProperty({ format: 'date-time' }) answeredAt: string;
  @ApiProperty({
    type: FactorMeansDto,
    description: 'Per factor, the mean of the answered statements on the 1–5 scale (reverse-worded ones as 6 − x); null with fewer than 3 answered.',
  })
  factorMeans: FactorMeansDto;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, maximum: 5 }) collaborationLevel: number | null;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'integer', nullable: true },
    description: 'Item id → 1–5 or null (don’t know), value items included. Managers and administrators, and a librarian’s own response, only.',
  } as never)
  answers?: Record<string, number | null>;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'As `answers`: managers, administrators, and the respondent.' })
  comments?: string | null;
}

export class InvitationContactDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
}

export class AssessmentInvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: InvitationContactDto }) contact: InvitationContactDto;
  @ApiProperty({ enum: INVITATION_STATUSES }) status: InvitationStatus;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) emailedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) usedAt: string | null;
}

export class AssessmentWaveDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date', example: '2026-03-03' }) openedOn: string;
  @ApiProperty({ type: [AssessmentDto], description: 'Newest first.' }) responses: AssessmentDto[];
  @ApiProperty({ type: [AssessmentInvitationDto], description: 'Newest first. Empty for librarians: invitations are for managers and administrators.' })
  invitations: AssessmentInvitationDto[];
}

export class PartnerAssessmentsDto {
  @ApiProperty({ type: [AssessmentWaveDto], description: 'The newest waves first (at most 20).' }) waves: AssessmentWaveDto[];
  @ApiProperty({ description: 'Whether links can be emailed (SMTP_URL is set); otherwise they are copied.' }) emailEnabled: boolean;
}

export class CreatedInvitationDto {
  @ApiProperty({ type: AssessmentInvitationDto }) invitation: AssessmentInvitationDto;
  @ApiProperty({ example: 'https://crm.library.org/assessment/Zm9v…', description: 'Shown once: only a hash of its token is kept.' })
  link: string;
}
