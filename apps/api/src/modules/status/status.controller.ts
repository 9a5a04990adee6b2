import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { PublicRoute } from '../../common/auth/auth.decorators';
import { StatusService } from './status.service';
import { ApiProblems } from '../../common/problem/problem.dto';

export class ServiceStatusDto {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
  @ApiProperty({ enum: ['up'] }) database: 'up';
}

/** For load balancers and docker health checks: the process answers and the database is reachable. */
@ApiProblems()
@ApiTags('Service')
@Controller('health')
export class StatusController {
  constructor(private readonly status: StatusService) {}

  @Get()
  @PublicRoute()
  @ApiOperation({ summary: 'Process and database up (503 problem when the database is not).' })
  @ApiOkResponse({ type: ServiceStatusDto })
  getServiceStatus(): Promise<ServiceStatusDto> {
    return this.status.check();
  }
}
