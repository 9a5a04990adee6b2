import { ApiProperty } from '@nestjs/swagger';
import { STAFF_ROLES, type StaffRole } from '@common-ground/domain';

/** What any colleague may know about another: enough to choose a liaison or a follow-up owner. */
export class StaffMemberSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: STAFF_ROLES }) role: StaffRole;
}

export class StaffDirectoryPageDto {
  @ApiProperty({ type: [StaffMemberSummaryDto] }) items: StaffMemberSummaryDto[];
  @ApiProperty() total: number;
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
