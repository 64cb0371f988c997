import { Injectable } from '@nestjs/common';
import { KpiBreached, KpiMeasured, KpiRecovered, Topics } from '@carers/contracts';
import { EventRoutes, Listens } from '@carers/platform/messaging';
import { Escalation } from '../application/escalation';

/** The performance service's KPI announcements drive the ladder. */
@Injectable()
export class KpiStatusListener {
  constructor(private readonly escalation: Escalation) {}

  @Listens(Topics.performanceKpiStatus)
  kpiStatusRoutes() {
    return new EventRoutes()
      .on(KpiMeasured, (e, tx) => this.escalation.onKpiStatus(tx, e.type, e.data))
      .on(KpiBreached, (e, tx) => this.escalation.onKpiStatus(tx, e.type, e.data))
      .on(KpiRecovered, (e, tx) => this.escalation.onKpiStatus(tx, e.type, e.data));
  }
}
