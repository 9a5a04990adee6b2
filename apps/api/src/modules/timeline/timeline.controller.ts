import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/problem/problem.dto';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { ListTimelineQueryDto, TimelinePageDto } from './dto/timeline.dto';
import { TimelineService } from './timeline.service';

@ApiProblems()
@ApiTags('Partners')
@Controller('v1/partners')
export class TimelineController {
  constructor(private readonly timeline: TimelineService) {}

  @Get(':id/timeline')
  @ApiOperation({ summary: 'What happened with a partner and its records, newest first, each item a sentence.' })
  @ApiOkResponse({ type: TimelinePageDto })
  listPartnerTimeline(@Param('id', ParseIdPipe) id: string, @Query() query: ListTimelineQueryDto): Promise<TimelinePageDto> {
    return this.timeline.list(id, query);
  }
}
