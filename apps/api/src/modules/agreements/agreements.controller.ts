import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../../common/auth/auth.decorators';
import type { StaffMember } from '../../common/auth/staff-member';
import { ApiProblems } from '../../common/problem/problem.dto';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { VersionDto } from '../../common/validation/version.dto';
import { AgreementsService } from './agreements.service';
import { AgreementPageDto, AgreementResponseDto } from './dto/agreement.response.dto';
import { CreateAgreementDto } from './dto/create-agreement.dto';
import { ListAgreementsQueryDto } from './dto/list-agreements.query.dto';
import { UpdateAgreementDto } from './dto/update-agreement.dto';

@ApiProblems()
@ApiTags('Agreements')
@Controller('v1')
export class AgreementsController {
  constructor(private readonly agreements: AgreementsService) {}

  @Get('partners/:id/agreements')
  @ApiOperation({ summary: 'A partner’s agreements by review date (none last). In use only unless archived is given.' })
  @ApiOkResponse({ type: AgreementPageDto })
  listPartnerAgreements(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Query() query: ListAgreementsQueryDto): Promise<AgreementPageDto> {
    return this.agreements.list(staff, id, query);
  }

  @Post('partners/:id/agreements')
  @ApiOperation({ summary: 'Add an agreement to a partner in use.' })
  @ApiCreatedResponse({ type: AgreementResponseDto })
  createAgreement(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: CreateAgreementDto): Promise<AgreementResponseDto> {
    return this.agreements.create(staff, id, dto);
  }

  @Patch('agreements/:id')
  @ApiOperation({ summary: 'Change an agreement; needs the version you read.' })
  @ApiOkResponse({ type: AgreementResponseDto })
  updateAgreement(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateAgreementDto): Promise<AgreementResponseDto> {
    return this.agreements.update(staff, id, dto);
  }

  @Post('agreements/:id/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive an agreement (librarians: only agreements they added).' })
  @ApiOkResponse({ type: AgreementResponseDto })
  archiveAgreement(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<AgreementResponseDto> {
    return this.agreements.archive(staff, id, dto.version);
  }

  @Post('agreements/:id/restore')
  @HttpCode(200)
  @ApiOperation({ summary: 'Restore an archived agreement.' })
  @ApiOkResponse({ type: AgreementResponseDto })
  restoreAgreement(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<AgreementResponseDto> {
    return this.agreements.restore(staff, id, dto.version);
  }
}
