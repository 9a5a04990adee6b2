import { Module } from '@nestjs/common';
import { PartnersController } from './partners.controller';
import { PartnersListRepository } from './partners-list.repository';
import { PartnersRepository } from './partners.repository';
import { PartnersService } from './partners.service';

@Module({
  controllers: [PartnersController],
  providers: [PartnersRepository, PartnersListRepository, PartnersService],
  exports: [PartnersService],
})
export class PartnersModule {}
