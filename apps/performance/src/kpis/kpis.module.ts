import { Module } from '@nestjs/common';
import { Clock, clockFromEnvironment } from '@carers/platform/service';
import { AssessmentEventsListener } from './api/assessment-events.listener';
import { RegisterEventsListener } from './api/register-events.listener';
import { KpisController } from './api/kpis.controller';
import { AssessmentEvents } from './application/assessment-events';
import { KpiCatalogue } from './application/kpi-catalogue';
import { Measurement } from './application/measurement';
import { PendingMeasurements } from './application/pending-measurements';
import { RegisterEvents } from './application/register-events';
import { PerformanceStore } from './application/performance-store';
import { SqlPerformanceStore } from './infrastructure/sql-performance-store';

@Module({
  controllers: [KpisController],
  providers: [AssessmentEventsListener, RegisterEventsListener, AssessmentEvents, RegisterEvents, Measurement, PendingMeasurements, KpiCatalogue, { provide: PerformanceStore, useClass: SqlPerformanceStore }, { provide: Clock, useFactory: () => clockFromEnvironment() }],
  exports: [Measurement, PerformanceStore],
})
export class KpisModule {}
