import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PageQueryDto } from '../../common/pagination/page';
import { ApiProblems } from '../../common/problem/problem.dto';
import { StaffDirectoryPageDto } from './dto/staff-directory.dto';
import { UsersService } from './users.service';

/** Active colleagues by name, for every staff role (the full accounts list stays with administrators). */
@ApiProblems()
@ApiTags('Staff accounts')
@Controller('v1/staff')
export class StaffDirectoryController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'Active staff (name and role), for choosing a liaison or an owner.' })
  @ApiOkResponse({ type: StaffDirectoryPageDto })
  listStaffDirectory(@Query() query: PageQueryDto): Promise<StaffDirectoryPageDto> {
    return this.users.directory(query);
  }
}
