import { Module } from '@nestjs/common';
import { CommitmentsModule } from '../commitments/commitments.module';
import { CommunicationsController } from './communications.controller';
import { CommunicationsRepository } from './communications.repository';
import { CommunicationsService } from './communications.service';

/** Logged communications; their follow-ups are written through CommitmentsModule in the same transaction. */
@Module({
  imports: [CommitmentsModule],
  controllers: [CommunicationsController],
  providers: [CommunicationsRepository, CommunicationsService],
  exports: [CommunicationsService],
})
export class CommunicationsModule {}
