import { Module } from '@nestjs/common';
import { AttentionModule } from '../attention/attention.module';
import { CommitmentsModule } from '../commitments/commitments.module';
import { CommunicationsModule } from '../communications/communications.module';
import { MyDayController } from './my-day.controller';
import { MyDayService } from './my-day.service';

/** The home page: reads other modules' services, owns no data. */
@Module({
  imports: [CommitmentsModule, CommunicationsModule, AttentionModule],
  controllers: [MyDayController],
  providers: [MyDayService],
})
export class MyDayModule {}
