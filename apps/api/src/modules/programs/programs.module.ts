import { Module } from '@nestjs/common';
import { ProgramRolesModule } from '../program-roles/program-roles.module';
import { ProgramsController } from './programs.controller';
import { ProgramsRepository } from './programs.repository';
import { ProgramsService } from './programs.service';
import { ProgramViewsRepository } from './program-views.repository';

@Module({
  imports: [ProgramRolesModule],
  controllers: [ProgramsController],
  providers: [ProgramsRepository, ProgramViewsRepository, ProgramsService],
  exports: [ProgramsService],
})
export class ProgramsModule {}
