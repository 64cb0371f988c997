import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { KpiDefinition } from '../domain/kpi-definition';
import { explain, KpiExplained } from '../domain/kpi-explained';
import { KpiNotFoundError } from '../domain/kpi-definition.errors';
import { PerformanceRepository } from './performance.repository';

/** Every version of one KPI, oldest first, with who changed it and when, each with its definition in words. */
@Injectable()
export class ListKpiVersionsQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly performance: PerformanceRepository,
  ) {}

  async execute(tenantId: string, id: string): Promise<(KpiDefinition & { explained: KpiExplained })[]> {
    const versions = await this.uow.run(tenantId, (tx) => this.performance.definitionVersions(tx, id));
    if (!versions.length) throw new KpiNotFoundError(id);
    return versions.map((d) => ({ ...d, explained: explain(d) }));
  }
}
