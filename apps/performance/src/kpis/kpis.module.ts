import { Module } from '@nestjs/common';
import { Clock, clockFromEnvironment } from '@carers/platform/service';
import { AssessmentEventsListener } from './api/assessment-events.listener';
import { KpisController } from './api/kpis.controller';
import { RegisterEventsListener } from './api/register-events.listener';
import { ChangeCarerFactHandler } from './application/change-carer-fact.handler';
import { CommissioningRepository } from './application/commissioning.repository';
import { ListKpiValuesQuery } from './application/list-kpi-values.query';
import { ListKpiVersionsQuery } from './application/list-kpi-versions.query';
import { ListKpisQuery } from './application/list-kpis.query';
import { ListProvidersQuery } from './application/list-providers.query';
import { LockCarersHandler } from './application/lock-carers.handler';
import { MeasureKpisHandler } from './application/measure-kpis.handler';
import { MeasurePendingHandler } from './application/measure-pending.handler';
import { MeasureReturnHandler } from './application/measure-return.handler';
import { NoteTallyChangesHandler } from './application/note-tally-changes.handler';
import { PendingMeasurementsJob } from './application/pending-measurements.job';
import { PerformanceRepository } from './application/performance.repository';
import { RecomputeKpisHandler } from './application/recompute-kpis.handler';
import { RecordAssessmentFactHandler } from './application/record-assessment-fact.handler';
import { RecordCarerRegistrationHandler } from './application/record-carer-registration.handler';
import { RecordReviewHandler } from './application/record-review.handler';
import { SaveKpiDefinitionHandler } from './application/save-kpi-definition.handler';
import { TallyChangeNotifications } from './application/tally-change-notifications.port';
import { SqlCommissioningRepository } from './infrastructure/sql-commissioning.repository';
import { SqlPerformanceRepository } from './infrastructure/sql-performance.repository';
import { PgTallyChangeNotifications } from './infrastructure/tally-change-notifications.adapter';

@Module({
  controllers: [KpisController],
  providers: [
    AssessmentEventsListener,
    RegisterEventsListener,
    RecordAssessmentFactHandler,
    RecordReviewHandler,
    LockCarersHandler,
    RecordCarerRegistrationHandler,
    ChangeCarerFactHandler,
    NoteTallyChangesHandler,
    MeasureKpisHandler,
    MeasurePendingHandler,
    MeasureReturnHandler,
    RecomputeKpisHandler,
    PendingMeasurementsJob,
    ListKpisQuery,
    ListKpiVersionsQuery,
    SaveKpiDefinitionHandler,
    ListKpiValuesQuery,
    ListProvidersQuery,
    { provide: PerformanceRepository, useClass: SqlPerformanceRepository },
    { provide: CommissioningRepository, useClass: SqlCommissioningRepository },
    { provide: TallyChangeNotifications, useClass: PgTallyChangeNotifications },
    { provide: Clock, useFactory: () => clockFromEnvironment() },
  ],
  exports: [MeasureReturnHandler, PerformanceRepository],
})
export class KpisModule {}
