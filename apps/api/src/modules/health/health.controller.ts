import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, RequireRole } from '../../common/auth/auth.decorators';
import type { StaffMember } from '../../common/auth/staff-member';
import { ApiProblems } from '../../common/problem/problem.dto';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { HealthAsOfQueryDto, PortfolioQueryDto } from './dto/health.query.dto';
import { HealthHistoryDto, PartnerHealthDto, SnapshotRunResultDto } from './dto/partner-health.response.dto';
import { PortfolioDto } from './dto/portfolio.response.dto';
import { HealthPortfolioService } from './health-portfolio.service';
import { HealthSnapshotsService } from './health-snapshots.service';
import { HealthService } from './health.service';

@ApiProblems()
@ApiTags('Health')
@Controller('v1')
export class HealthController {
  constructor(
    private readonly health: HealthService,
    private readonly portfolioService: HealthPortfolioService,
    private readonly snapshots: HealthSnapshotsService,
  ) {}

  @Get('partners/:id/health')
  @ApiOperation({
    summary:
      'A partner’s health on the five factors (SCORING.md) on a day (default today; a future day is 400 as_of_in_future): score, 80% interval, band, confidence, flags, the evidence units with their contributions, sentences and records, what would change it, and the trend over stored snapshots.',
  })
  @ApiOkResponse({ type: PartnerHealthDto })
  getPartnerHealth(@Param('id', ParseIdPipe) id: string, @Query() query: HealthAsOfQueryDto): Promise<PartnerHealthDto> {
    return this.health.partnerHealth(id, query.asOf);
  }

  @Get('partners/:id/health/history')
  @ApiOperation({ summary: 'Every stored health snapshot of the partner (monthly and after assessments), oldest first, with the assessment waves.' })
  @ApiOkResponse({ type: HealthHistoryDto })
  getPartnerHealthHistory(@Param('id', ParseIdPipe) id: string): Promise<HealthHistoryDto> {
    return this.health.history(id);
  }

  @Get('health/portfolio')
  @RequireRole('manager')
  @ApiOperation({
    summary:
      'Every live partner’s health profile from its latest snapshot (managers and administrators), filtered and paged, with the distribution per factor, partners with a concern or declining, perception gaps and stale assessments over the filtered set.',
  })
  @ApiOkResponse({ type: PortfolioDto })
  getHealthPortfolio(@CurrentStaff() staff: StaffMember, @Query() query: PortfolioQueryDto): Promise<PortfolioDto> {
    return this.portfolioService.portfolio(staff, query);
  }

  @Post('health/snapshots')
  @HttpCode(200)
  @RequireRole('admin')
  @ApiOperation({ summary: 'Take a health snapshot of every live partner now, as of today (administrators; for demos and benchmarks).' })
  @ApiOkResponse({ type: SnapshotRunResultDto })
  createHealthSnapshots(): Promise<SnapshotRunResultDto> {
    return this.snapshots.runNow();
  }
}
