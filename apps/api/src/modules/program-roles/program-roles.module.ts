import { Module } from '@nestjs/common';
import { ProgramRolesController } from './program-roles.controller';
import { ProgramRolesRepository } from './program-roles.repository';
import { ProgramRolesService } from './program-roles.service';

@Module({
  controllers: [ProgramRolesController],
  providers: [ProgramRolesRepository, ProgramRolesService],
  // The programs module adds the roles sent with a new program through the same rules.
  exports: [ProgramRolesService],
})
export class ProgramRolesModule {}
