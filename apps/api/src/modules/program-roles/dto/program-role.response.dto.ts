import { ApiProperty } from '@nestjs/swagger';
import { PROGRAM_ROLES, type ProgramRole } from '@common-ground/domain';

/** A record someone can recognise and open: its id and its name. */
export class ProgramRoleNamedDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, example: 'Riverside Clinic' }) name: string;
}

export class ProgramRoleResponseDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid' }) programId: string;
  @ApiProperty({ type: ProgramRoleNamedDto }) partner: ProgramRoleNamedDto;
  @ApiProperty({ enum: PROGRAM_ROLES.keys }) role: ProgramRole;
  @ApiProperty({ type: String, description: 'Empty when none was given.' }) responsibilities: string;
  @ApiProperty({ type: ProgramRoleNamedDto, nullable: true, description: 'The partner’s contact who owns the role.' })
  ownerContact: ProgramRoleNamedDto | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) ownerNamedOn: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy: string | null;
  @ApiProperty({ type: 'integer', description: 'Send back with changes; a stale version gets 409.' }) version: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt: string | null;
}

export class ProgramRolePageDto {
  @ApiProperty({ type: [ProgramRoleResponseDto] }) items: ProgramRoleResponseDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
