import { Injectable } from '@nestjs/common';
import { KpiBreached, KpiRecovered } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { EvaluateKpiHandler } from './evaluate-kpi.handler';
import { KpiMonthRepository, KpiStatusData } from './kpi-month.repository';

/** A KPI announcement from the performance service: the month is kept, then the KPI is put to the ladder. */
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
}
