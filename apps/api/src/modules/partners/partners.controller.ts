import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../../common/auth/auth.decorators';
import type { StaffMember } from '../../common/auth/staff-member';
import { ApiProblems } from '../../common/problem/problem.dto';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { VersionDto } from '../../common/validation/version.dto';
import { CreatePartnerDto } from './dto/create-partner.dto';
import { ListPartnersQueryDto } from './dto/list-partners.query.dto';
import { PartnerPageDto, PartnerResponseDto } from './dto/partner.response.dto';
import { UpdatePartnerDto } from './dto/update-partner.dto';
import { PartnersService } from './partners.service';

@ApiProblems()
@ApiTags('Partners')
@Controller('v1/partners')
export class PartnersController {
  constructor(private readonly partners: PartnersService) {}

  @Get()
  @ApiOperation({ summary: 'List partners: filter, sort, full-text search (q), page.' })
  @ApiOkResponse({ type: PartnerPageDto })
  listPartners(@CurrentStaff() staff: StaffMember, @Query() query: ListPartnersQueryDto): Promise<PartnerPageDto> {
    return this.partners.list(staff, query);
  }

  @Post()
  @ApiOperation({ summary: 'Add a partner. A live partner of the same name (any letter case) gets 409 partner_name_taken.' })
  @ApiCreatedResponse({ type: PartnerResponseDto })
  createPartner(@CurrentStaff() staff: StaffMember, @Body() dto: CreatePartnerDto): Promise<PartnerResponseDto> {
    return this.partners.create(staff, dto);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One partner, archived ones included.' })
  @ApiOkResponse({ type: PartnerResponseDto })
  getPartner(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string): Promise<PartnerResponseDto> {
    return this.partners.get(staff, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a partner; needs the version you read. Changing the liaison needs a manager.' })
  @ApiOkResponse({ type: PartnerResponseDto })
  updatePartner(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdatePartnerDto): Promise<PartnerResponseDto> {
    return this.partners.update(staff, id, dto);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive a partner (librarians: only partners they added).' })
  @ApiOkResponse({ type: PartnerResponseDto })
  archivePartner(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<PartnerResponseDto> {
    return this.partners.archive(staff, id, dto.version);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @ApiOperation({ summary: 'Restore an archived partner; 409 when a live partner now has its name.' })
  @ApiOkResponse({ type: PartnerResponseDto })
  restorePartner(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<PartnerResponseDto> {
    return this.partners.restore(staff, id, dto.version);
  }
}
