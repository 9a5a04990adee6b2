import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';

export class CreateAssessmentInvitationDto {
  @ApiProperty({ format: 'uuid', description: 'A contact in use of this partner.' })
  @IsUUID('all', { message: 'Choose the contact who should answer.' })
  contactId: string;

  @ApiPropertyOptional({ description: 'Email the link to the contact (needs SMTP_URL and the contact’s email). Default false: copy it.' })
  @IsOptional()
  @IsBoolean({ message: 'sendEmail must be true or false.' })
  sendEmail?: boolean;
}
