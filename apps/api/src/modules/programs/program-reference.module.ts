import { Global, Module } from '@nestjs/common';
import { ProgramReferenceRepository } from './program-reference.repository';

/** Global: every module whose records belong to a program checks the program through ProgramReferenceRepository. */
@Global()
@Module({
  providers: [ProgramReferenceRepository],
  exports: [ProgramReferenceRepository],
})
export class ProgramReferenceModule {}
