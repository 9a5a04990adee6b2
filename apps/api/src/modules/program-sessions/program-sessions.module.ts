import { Module } from '@nestjs/common';
import { ProgramSessionsController } from './program-sessions.controller';
import { ProgramSessionsRepository } from './program-sessions.repository';
import { ProgramSessionsService } from './program-sessions.service';

@Module({
  controllers: [ProgramSessionsController],
  providers: [ProgramSessionsRepository, ProgramSessionsService],
  exports: [ProgramSessionsService],
})
export class ProgramSessionsModule {}
