import { Injectable } from '@nestjs/common';
import { KpiBreached, KpiMeasured, KpiMonthClosed, KpiRecovered, Topics } from '@carers/contracts';
import { EventRoutes, Listens } from '@carers/platform/messaging';
import { ApplyKpiStatusHandler } from '../application/apply-kpi-status.handler';

/** The performance service's KPI announcements drive the ladder. */
@Injectable()
export class KpiStatusListener {
  constructor(private readonly applyKpiStatus: ApplyKpiStatusHandler) {}

  @Listens(Topics.performanceKpiStatus)
  kpiStatusRoutes() {
    return new EventRoutes()
      .on(KpiMeasured, (e, tx) => this.applyKpiStatus.execute(tx, e.type, e.data))
      .on(KpiBreached, (e, tx) => this.applyKpiStatus.execute(tx, e.type, e.data))
      .on(KpiRecovered, (e, tx) => this.applyKpiStatus.execute(tx, e.type, e.data))
      .on(KpiMonthClosed, (e, tx) => this.applyKpiStatus.closed(tx, e.data));
  }
}
