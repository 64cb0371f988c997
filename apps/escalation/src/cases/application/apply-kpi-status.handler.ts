import { Injectable } from '@nestjs/common';
import { KpiBreached, KpiMonthClosed, KpiRecovered } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { EvaluateKpiHandler } from './evaluate-kpi.handler';
import { KpiMonthRepository, KpiStatusData } from './kpi-month.repository';

/** A KPI announcement from the performance service, live or closed: the month is kept, then the KPI is put to the ladder. */
@Injectable()
export class ApplyKpiStatusHandler {
  constructor(
    private readonly months: KpiMonthRepository,
    private readonly evaluate: EvaluateKpiHandler,
  ) {}

  async execute(tx: Tx, type: string, data: KpiStatusData): Promise<void> {
    const breach = type === KpiBreached.type ? true : type === KpiRecovered.type ? false : null;
    await this.months.record(tx, data, breach);
    await this.evaluate.execute(tx, data.providerId, data.kpiId);
  }

  /** A month as performance's month close froze, re-froze or confirmed it: from then on it decides the month, not live figures. */
  async closed(tx: Tx, data: KpiMonthClosed): Promise<void> {
    await this.months.recordClosed(tx, data);
    await this.evaluate.execute(tx, data.providerId, data.kpiId);
  }
}
