import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { KpiDefinition } from '../domain/kpi-definition';
import { explain, KpiExplained } from '../domain/kpi-explained';
import { PerformanceRepository } from './performance.repository';

/** The council's KPI catalogue: the current version of each KPI, with its definition in words (issue 19). */
@Injectable()
export class ListKpisQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly performance: PerformanceRepository,
  ) {}

  async execute(tenantId: string): Promise<(KpiDefinition & { explained: KpiExplained })[]> {
    const definitions = await this.uow.run(tenantId, (tx) => this.performance.definitions(tx));
    return definitions.map((d) => ({ ...d, explained: explain(d) }));
  }
}
