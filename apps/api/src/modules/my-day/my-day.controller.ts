import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../../common/auth/auth.decorators';
import type { StaffMember } from '../../common/auth/staff-member';
import { ApiProblems } from '../../common/problem/problem.dto';
import { MyDayDto } from './dto/my-day.dto';
import { MyDayService } from './my-day.service';

@ApiProblems()
@ApiTags('My day')
@Controller('v1/my-day')
export class MyDayController {
  constructor(private readonly myDay: MyDayService) {}

  @Get()
  @ApiOperation({ summary: 'The caller’s day: overdue and this week’s follow-ups, partners going quiet, the last things they logged.' })
  @ApiOkResponse({ type: MyDayDto })
  getMyDay(@CurrentStaff() staff: StaffMember): Promise<MyDayDto> {
    return this.myDay.forStaff(staff);
  }
}
