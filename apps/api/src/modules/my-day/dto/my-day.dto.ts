import { ApiProperty } from '@nestjs/swagger';
import { QuietPartnerDto } from '../../attention/dto/quiet-partner.dto';
import { CommitmentResponseDto } from '../../commitments/dto/commitment.response.dto';
import { CommunicationResponseDto } from '../../communications/dto/communication.response.dto';

export const MY_DAY_OVERDUE_MAX = 50;
export const MY_DAY_WEEK_DAYS = 7;
export const MY_DAY_RECENT_MAX = 5;
/** Only a guard against a runaway list: nobody has this many follow-ups due in one week. */
export const MY_DAY_WEEK_MAX = 200;

/** A librarian's home page: what is late, what is due this week, who is going quiet, what they logged last. */
export class MyDayDto {
  @ApiProperty({ type: String, format: 'date', description: 'Today in UTC, which the lists are measured against.' })
  today: string;

  @ApiProperty({
    type: [CommitmentResponseDto],
    description: `Your open follow-ups due before today, most overdue first (at most ${MY_DAY_OVERDUE_MAX}).`,
  })
  overdueFollowUps: CommitmentResponseDto[];

  @ApiProperty({ type: [CommitmentResponseDto], description: `Your open follow-ups due today or in the next ${MY_DAY_WEEK_DAYS - 1} days, soonest first.` })
  dueThisWeek: CommitmentResponseDto[];

  @ApiProperty({ type: [QuietPartnerDto], description: 'Partners you are liaison for that are quiet or going quiet, most overdue first.' })
  quietPartners: QuietPartnerDto[];

  @ApiProperty({ type: [CommunicationResponseDto], description: `The last ${MY_DAY_RECENT_MAX} communications you logged, newest first.` })
  recentlyLogged: CommunicationResponseDto[];
}
