import { Module } from '@nestjs/common';
import { OutcomeResultsController } from './outcome-results.controller';
import { OutcomeResultsRepository } from './outcome-results.repository';
import { OutcomeResultsService } from './outcome-results.service';

@Module({
  controllers: [OutcomeResultsController],
  providers: [OutcomeResultsRepository, OutcomeResultsService],
  exports: [OutcomeResultsService],
})
export class OutcomeResultsModule {}
