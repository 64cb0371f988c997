import { Module } from '@nestjs/common';
import { Clock, clockFromEnvironment } from '@carers/platform/service';
import { KpisModule } from '../kpis/kpis.module';
import { MonthlyReturnListener } from './api/monthly-return.listener';
import { PeriodsController } from './api/periods.controller';
import { MonthClose } from './application/month-close';
import { MonthCloseScheduler } from './application/month-close.scheduler';
import { MonthlyReturns } from './application/monthly-returns';

@Module({
  imports: [KpisModule],
  controllers: [PeriodsController],
  providers: [MonthlyReturnListener, MonthClose, MonthCloseScheduler, MonthlyReturns, { provide: Clock, useFactory: () => clockFromEnvironment() }],
})
export class PeriodsModule {}
