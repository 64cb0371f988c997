import { Module } from '@nestjs/common';
import { Clock, clockFromEnvironment } from '@carers/platform/service';
import { KpisModule } from '../kpis/kpis.module';
import { MonthlyReturnListener } from './api/monthly-return.listener';
import { PeriodsController } from './api/periods.controller';
import { AnnounceClosedValuesHandler } from './application/announce-closed-values.handler';
import { CloseDueMonthsHandler } from './application/close-due-months.handler';
import { ConfirmMonthHandler } from './application/confirm-month.handler';
import { DecideDisputeHandler } from './application/decide-dispute.handler';
import { MonthCloseJob } from './application/month-close.job';
import { MonthCloseRepository } from './application/month-close.repository';
import { MonthPackQuery } from './application/month-pack.query';
import { MonthStatusQuery } from './application/month-status.query';
import { MonthlyReturnRepository } from './application/monthly-return.repository';
import { RaiseDisputeHandler } from './application/raise-dispute.handler';
import { ReceiveMonthlyReturnHandler } from './application/receive-monthly-return.handler';
import { RecordReliefHandler } from './application/record-relief.handler';
import { SqlMonthCloseRepository } from './infrastructure/sql-month-close.repository';
import { SqlMonthlyReturnRepository } from './infrastructure/sql-monthly-return.repository';

@Module({
  imports: [KpisModule],
  controllers: [PeriodsController],
  providers: [
    MonthlyReturnListener,
    AnnounceClosedValuesHandler,
    CloseDueMonthsHandler,
    MonthCloseJob,
    MonthStatusQuery,
    MonthPackQuery,
    RaiseDisputeHandler,
    DecideDisputeHandler,
    RecordReliefHandler,
    ConfirmMonthHandler,
    ReceiveMonthlyReturnHandler,
    { provide: MonthCloseRepository, useClass: SqlMonthCloseRepository },
    { provide: MonthlyReturnRepository, useClass: SqlMonthlyReturnRepository },
    { provide: Clock, useFactory: () => clockFromEnvironment() },
  ],
})
export class PeriodsModule {}
