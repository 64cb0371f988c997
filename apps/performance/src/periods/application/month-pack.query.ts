import { Injectable } from '@nestjs/common';
import { monthsEndingWith } from '@carers/calendar';
import { UnitOfWork } from '@carers/platform/persistence';
import { PerformanceRepository } from '../../kpis/application/performance.repository';
import { MonthPack, packDefinitions, packRows } from '../domain/month-pack';
import { MonthCloseRepository } from './month-close.repository';

/**
 * The Performance Outcomes Group's pack: every member and the consortium, each KPI's value, RAG, direction of travel and
 * six-month trend. It reads the frozen values once a month has closed, the live ones before.
 */
@Injectable()
export class MonthPackQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly months: MonthCloseRepository,
    private readonly performance: PerformanceRepository,
  ) {}

  execute(tenantId: string, period: string): Promise<MonthPack> {
    return this.uow.run(tenantId, async (tx) => {
      const state = await this.months.state(tx, period);
      const definitions = new Map((await this.performance.definitions(tx)).map((d) => [d.id, d]));
      const reliefs = await this.months.reliefs(tx, period);
      const months = monthsEndingWith(period, 6);
      const history = await this.months.packEntries(tx, months);
      const rows = packRows(period, months, history, definitions, reliefs);
      return {
        period,
        status: state.status,
        disputeUntil: state.disputeUntil,
        months,
        rows,
        definitions: packDefinitions(rows, definitions),
      };
    });
  }
}
