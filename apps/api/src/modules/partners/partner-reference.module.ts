import { Global, Module } from '@nestjs/common';
import { PartnerReferenceRepository } from './partner-reference.repository';

/** Global: every module whose records belong to a partner checks the partner through PartnerReferenceRepository. */
@Global()
@Module({
  providers: [PartnerReferenceRepository],
  exports: [PartnerReferenceRepository],
})
export class PartnerReferenceModule {}
