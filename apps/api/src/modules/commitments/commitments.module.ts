import { Module } from '@nestjs/common';
import { CommitmentsController } from './commitments.controller';
import { CommitmentsRepository } from './commitments.repository';
import { CommitmentsService } from './commitments.service';
import { PeopleReferenceRepository } from './people-reference.repository';

/**
 * Commitments and the follow-ups of communications. Exports the service (communications add their follow-ups in
 * their own transaction through it; the home page lists a person's) and the people check both modules share.
 */
@Module({
  controllers: [CommitmentsController],
  providers: [CommitmentsRepository, CommitmentsService, PeopleReferenceRepository],
  exports: [CommitmentsService, PeopleReferenceRepository],
})
export class CommitmentsModule {}
