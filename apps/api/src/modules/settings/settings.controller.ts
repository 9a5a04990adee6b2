import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, RequireRole } from '../../common/auth/auth.decorators';
import type { StaffMember } from '../../common/auth/staff-member';
import { ApiProblems } from '../../common/problem/problem.dto';
import { SettingsResponseDto } from './dto/settings.response.dto';
import { UpdateSettingsDto } from './dto/update-settings.dto';
import { SettingsService } from './settings.service';

@ApiProblems()
@ApiTags('Settings')
@Controller('v1/settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get()
  @ApiOperation({ summary: 'The library’s settings: its name and the volunteer-hour rate with its source and year.' })
  @ApiOkResponse({ type: SettingsResponseDto })
  getSettings(): Promise<SettingsResponseDto> {
    return this.settings.get();
  }

  @Patch()
  @RequireRole('manager')
  @ApiOperation({ summary: 'Change the settings (managers and administrators); needs the version you read. A new rate values new lines only.' })
  @ApiOkResponse({ type: SettingsResponseDto })
  updateSettings(@CurrentStaff() staff: StaffMember, @Body() dto: UpdateSettingsDto): Promise<SettingsResponseDto> {
    return this.settings.update(staff, dto);
  }
}
