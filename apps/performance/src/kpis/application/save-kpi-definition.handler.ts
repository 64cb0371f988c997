import { Injectable } from '@nestjs/common';
import { Violation } from '@carers/contracts';
import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { breachRuleOf, definitionProblems, KpiDefinition } from '../domain/kpi-definition';
import { DuplicateKpiError, KpiNotFoundError, UnsoundKpiDefinitionError } from '../domain/kpi-definition.errors';
import { CommissioningRepository } from './commissioning.repository';
import { PerformanceRepository } from './performance.repository';

export type DefinitionInput = Omit<KpiDefinition, 'version' | 'breachRule'> & {
  breachRule: { kind: string; months?: number; count?: number; within?: number };
};

export interface SaveKpiDefinition {
  tenantId: string;
  definition: DefinitionInput;
  /** Who changed the catalogue (token subject). */
  by: string;
  /** A new version of a KPI (true) or a new KPI (false). */
  expectExisting: boolean;
}

/** Council officers manage the catalogue; every change is a new version, and values record the version that made them. */
@Injectable()
export class SaveKpiDefinitionHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly performance: PerformanceRepository,
    private readonly commissioning: CommissioningRepository,
  ) {}

  execute(cmd: SaveKpiDefinition): Promise<KpiDefinition> {
    const input = cmd.definition;
    return this.uow.run(cmd.tenantId, async (tx) => {
      const current = (await this.performance.definitions(tx)).find((d) => d.id === input.id);
      if (cmd.expectExisting && !current) throw new KpiNotFoundError(input.id, 'create it with POST /kpis');
      if (!cmd.expectExisting && current) throw new DuplicateKpiError(input.id);
      const definition: KpiDefinition = { ...input, breachRule: breachRuleOf(input.breachRule), version: (current?.version ?? 0) + 1 };
      const problems = [...definitionProblems(definition), ...(await this.unknownProviders(tx, definition))];
      if (problems.length) throw new UnsoundKpiDefinitionError(problems);
      await this.performance.saveDefinition(tx, definition, cmd.by);
      return definition;
    });
  }

  /** A provider target must name a provider (or consortium) the council commissions, or it would silently apply to no one. */
  private async unknownProviders(tx: Tx, d: KpiDefinition): Promise<Violation[]> {
    if (!d.providerTargets?.length) return [];
    const known = new Set([
      ...(await this.commissioning.providers(tx)).map((p) => p.id),
      ...(await this.commissioning.consortia(tx)).map((c) => c.id),
    ]);
    return d.providerTargets.flatMap((t, i) =>
      known.has(t.providerId)
        ? []
        : [{ field: `providerTargets[${i}].providerId`, reason: `${t.providerId} is not a provider the council commissions` }],
    );
  }
}
