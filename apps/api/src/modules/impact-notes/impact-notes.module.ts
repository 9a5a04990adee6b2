import { Module } from '@nestjs/common';
import { ImpactNotesController } from './impact-notes.controller';
import { ImpactNotesRepository } from './impact-notes.repository';
import { ImpactNotesService } from './impact-notes.service';

@Module({
  controllers: [ImpactNotesController],
  providers: [ImpactNotesRepository, ImpactNotesService],
  exports: [ImpactNotesService],
})
export class ImpactNotesModule {}
