import { Injectable } from '@nestjs/common';
import { DomainError } from '@carers/contracts';
import { UnitOfWork } from '@carers/platform/persistence';
import { BreachRule, definitionProblems, KpiDefinition } from '../domain/kpi-definition';
import { UnsoundKpiDefinitionError } from '../domain/kpi-definition.errors';
import { PerformanceStore } from './performance-store';

export type DefinitionInput = Omit<KpiDefinition, 'version' | 'breachRule'> & { breachRule: { kind: string; months?: number; count?: number } };

/** Council officers manage the catalogue; every change is a new version, and values record the version that made them. */
@Injectable()
export class KpiCatalogue {
  constructor(private readonly uow: UnitOfWork, private readonly store: PerformanceStore) {}

  list(tenantId: string) {
    return this.uow.run(tenantId, (tx) => this.store.definitions(tx));
  }

  async versions(tenantId: string, id: string) {
    const versions = await this.uow.run(tenantId, (tx) => this.store.definitionVersions(tx, id));
    if (!versions.length) throw new DomainError('not-found', `There is no KPI ${id}.`);
    return versions;
  }

  /** A new KPI (expectExisting false) or a new version of one (true). */
  save(tenantId: string, input: DefinitionInput, by: string, expectExisting: boolean): Promise<KpiDefinition> {
    return this.uow.run(tenantId, async (tx) => {
      const current = (await this.store.definitions(tx)).find((d) => d.id === input.id);
      if (expectExisting && !current) throw new DomainError('not-found', `There is no KPI ${input.id}; create it with POST /kpis.`);
      if (!expectExisting && current) throw new DomainError('duplicate', `KPI ${input.id} exists; change it with PUT /kpis/${input.id}.`);
      const definition: KpiDefinition = { ...input, breachRule: toRule(input.breachRule), version: (current?.version ?? 0) + 1 };
      const problems = definitionProblems(definition);
      if (problems.length) throw new UnsoundKpiDefinitionError(problems);
      await this.store.saveDefinition(tx, definition, by);
      return definition;
    });
  }
}

function toRule(r: { kind: string; months?: number; count?: number }): BreachRule {
  if (r.kind === 'consecutive') {
    if (!r.months) throw new UnsoundKpiDefinitionError([{ field: 'breachRule.months', reason: 'how many consecutive months' }]);
    return { kind: 'consecutive', months: r.months };
  }
  if (r.kind === 'in-last') {
    if (!r.months || !r.count) throw new UnsoundKpiDefinitionError([{ field: 'breachRule', reason: 'in-last needs count and months' }]);
    return { kind: 'in-last', count: r.count, months: r.months };
  }
  return { kind: 'red' };
}
