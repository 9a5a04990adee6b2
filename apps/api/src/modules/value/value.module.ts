import { Module } from '@nestjs/common';
import { PartnerValueRepository } from './partner-value.repository';
import { ProgramValueRepository } from './program-value.repository';
import { ValueController } from './value.controller';
import { ValueService } from './value.service';

/** The value view of partners and programs (read only). */
@Module({
  controllers: [ValueController],
  providers: [PartnerValueRepository, ProgramValueRepository, ValueService],
})
export class ValueModule {}
