import { Module } from '@nestjs/common';
import { ValueController } from './value.controller';
import { ValueRepository } from './value.repository';
import { ValueService } from './value.service';

/** The value view of partners and programs (read only; PartnerReferenceModule is global). */
@Module({
  controllers: [ValueController],
  providers: [ValueRepository, ValueService],
})
export class ValueModule {}
