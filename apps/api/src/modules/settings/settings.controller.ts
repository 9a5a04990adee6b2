import { Body, Controller, Delete, Get, Header, Patch, Put, Req, StreamableFile } from '@nestjs/common';
import { ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentStaff, RequireRole } from '../../common/auth/auth.decorators';
import type { StaffMember } from '../../common/auth/staff-member';
import { ApiProblems } from '../../common/problem/problem.dto';
import { SettingsResponseDto } from './dto/settings.response.dto';
import { UpdateSettingsDto } from './dto/update-settings.dto';
import { readLogoUpload } from './logo-upload';
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

  @Get('logo')
  // Every staff member may see it; a browser may keep it but must ask whether it changed.
  @Header('Cache-Control', 'private, no-cache')
  @Header('X-Content-Type-Options', 'nosniff')
  @ApiOperation({ summary: 'The library’s logo as uploaded (PNG or JPEG); 404 when there is none.' })
  @ApiProduces('image/png', 'image/jpeg')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async getLibraryLogo(): Promise<StreamableFile> {
    const logo = await this.settings.requireLogo();
    return new StreamableFile(logo.data, { type: logo.mediaType, length: logo.data.length });
  }

  @Put('logo')
  @RequireRole('manager')
  @ApiOperation({
    summary:
      'Upload the logo printed on reports (managers and administrators): the raw image as the body, Content-Type image/png or image/jpeg, at most 256 KB (413 above; 400 for anything that is not a PNG or JPEG).',
  })
  @ApiConsumes('image/png', 'image/jpeg')
  @ApiOkResponse({ type: SettingsResponseDto })
  async updateLibraryLogo(@CurrentStaff() staff: StaffMember, @Req() req: FastifyRequest): Promise<SettingsResponseDto> {
    return this.settings.replaceLogo(staff, await readLogoUpload(req));
  }

  @Delete('logo')
  @RequireRole('manager')
  @ApiOperation({ summary: 'Remove the logo (managers and administrators); reports then print the library’s name alone.' })
  @ApiOkResponse({ type: SettingsResponseDto })
  removeLibraryLogo(@CurrentStaff() staff: StaffMember): Promise<SettingsResponseDto> {
    return this.settings.removeLogo(staff);
  }
}
