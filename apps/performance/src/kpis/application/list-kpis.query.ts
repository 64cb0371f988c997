import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { KpiDefinition } from '../domain/kpi-definition';
import { PerformanceRepository } from './performance.repository';

/** The council's KPI catalogue: the current version of each KPI. */
@Injectable()
export class ListKpisQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly performance: PerformanceRepository,
  ) {}

  execute(tenantId: string): Promise<KpiDefinition[]> {
    return this.uow.run(tenantId, (tx) => this.performance.definitions(tx));
  }
}
