import { Injectable } from '@nestjs/common';
import type { StaffMember } from '../../common/auth/staff-member';
import { AttentionService } from '../attention/attention.service';
import { addDays } from '../commitments/calendar-days';
import { CommitmentsService } from '../commitments/commitments.service';
import { CommunicationsService } from '../communications/communications.service';
import { MY_DAY_OVERDUE_MAX, MY_DAY_RECENT_MAX, MY_DAY_WEEK_DAYS, MY_DAY_WEEK_MAX, type MyDayDto } from './dto/my-day.dto';

/**
 * The home page in one request: four short reads along indexes (no counts over everything), run side by side. The
 * week's follow-ups have only a generous guard for a cap: a person's week is short, and a hidden one would be missed.
 */
@Injectable()
export class MyDayService {
  constructor(
    private readonly commitments: CommitmentsService,
    private readonly communications: CommunicationsService,
    private readonly attention: AttentionService,
  ) {}

  async forStaff(staff: StaffMember): Promise<MyDayDto> {
    const today = this.commitments.today();
    const [overdueFollowUps, dueThisWeek, quietPartners, recentlyLogged] = await Promise.all([
      this.commitments.openForOwner(staff.id, { dueBefore: today }, MY_DAY_OVERDUE_MAX),
      this.commitments.openForOwner(staff.id, { dueFrom: today, dueTo: addDays(today, MY_DAY_WEEK_DAYS - 1) }, MY_DAY_WEEK_MAX),
      this.attention.goingQuiet(staff.id),
      this.communications.recentlyLoggedBy(staff.id, MY_DAY_RECENT_MAX),
    ]);
    return { today, overdueFollowUps, dueThisWeek, quietPartners, recentlyLogged };
  }
}
