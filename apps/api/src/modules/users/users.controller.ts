import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, RequireRole } from '../../common/auth/auth.decorators';
import type { StaffMember } from '../../common/auth/staff-member';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { VersionDto } from '../../common/validation/version.dto';
import { CreateUserDto } from './dto/create-user.dto';
import { ListUsersQueryDto } from './dto/list-users.query.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UserPageDto, UserResponseDto } from './dto/user.response.dto';
import { UsersService } from './users.service';
import { ApiProblems } from '../../common/problem/problem.dto';

@ApiProblems()
@ApiTags('Staff accounts')
@RequireRole('admin')
@Controller('v1/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'List staff accounts (administrators).' })
  @ApiOkResponse({ type: UserPageDto })
  listUsers(@Query() query: ListUsersQueryDto): Promise<UserPageDto> {
    return this.users.list(query);
  }

  @Post()
  @ApiOperation({ summary: 'Create a staff account with a temporary password.' })
  @ApiCreatedResponse({ type: UserResponseDto })
  createUser(@CurrentStaff() staff: StaffMember, @Body() dto: CreateUserDto): Promise<UserResponseDto> {
    return this.users.create(staff, dto);
  }

  @Get(':id')
  @ApiOkResponse({ type: UserResponseDto })
  getUser(@Param('id', ParseIdPipe) id: string): Promise<UserResponseDto> {
    return this.users.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change name, email, role or password; needs the version you read.' })
  @ApiOkResponse({ type: UserResponseDto })
  updateUser(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateUserDto): Promise<UserResponseDto> {
    return this.users.update(staff, id, dto);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Deactivate an account; its sessions end at once.' })
  @ApiOkResponse({ type: UserResponseDto })
  deactivateUser(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<UserResponseDto> {
    return this.users.deactivate(staff, id, dto.version);
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @ApiOkResponse({ type: UserResponseDto })
  reactivateUser(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<UserResponseDto> {
    return this.users.reactivate(staff, id, dto.version);
  }
}
