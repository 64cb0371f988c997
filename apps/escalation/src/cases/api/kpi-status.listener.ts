import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { CloudEvent, KpiBreached, KpiMeasured, KpiRecovered, Topics } from '@carers/contracts';
import { Delivery } from '@carers/platform/messaging';
import { Escalation } from '../application/escalation';
import { KpiStatusData } from '../application/kpi-months';

/** The performance service's KPI announcements drive the ladder. */
@Controller()
export class KpiStatusListener {
  constructor(private readonly escalation: Escalation) {}

  @EventPattern(Topics.performanceKpiStatus)
  onKpiStatus(@Payload() delivery: Delivery) {
    const handle = (e: CloudEvent<KpiStatusData>, tx: Delivery['tx']) => this.escalation.onKpiStatus(tx, e.type, e.data);
    return delivery.dispatch({ [KpiMeasured.type]: handle, [KpiBreached.type]: handle, [KpiRecovered.type]: handle });
  }
}
