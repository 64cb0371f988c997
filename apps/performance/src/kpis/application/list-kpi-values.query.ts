import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { StoredValue } from '../domain/kpi-value';
import { PerformanceRepository } from './performance.repository';

export interface KpiValuesFilter {
  period?: string;
  kpiId?: string;
  providerId?: string;
}

/** The values measured, by month, KPI and provider; a reader scoped to its own provider (`own`) sees that provider's only. */
@Injectable()
export class ListKpiValuesQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly performance: PerformanceRepository,
  ) {}

  async execute(tenantId: string, filter: KpiValuesFilter, own?: { providerId?: string }): Promise<StoredValue[]> {
    if (own && filter.providerId && filter.providerId !== own.providerId) return [];
    return this.uow.run(tenantId, (tx) => this.performance.values(tx, { ...filter, providerId: own ? own.providerId : filter.providerId }));
  }
}
