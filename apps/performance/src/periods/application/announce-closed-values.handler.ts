import { Injectable } from '@nestjs/common';
import { KpiMonthClosed, MonthClosure } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx } from '@carers/platform/persistence';
import { PerformanceRepository } from '../../kpis/application/performance.repository';
import { KpiDefinition } from '../../kpis/domain/kpi-definition';
import { closedMonthAnnouncement } from '../domain/closed-month-announcement';
import { ClosedValue } from '../domain/period';
import { MonthCloseRepository } from './month-close.repository';

const versionKey = (v: { kpiId: string; definitionVersion: number }) => `${v.kpiId}|${v.definitionVersion}`;

/**
 * Announces frozen values of a month on the KPI-status topic (`KpiMonthClosed`, ADR 0016), each after the month's
 * relief, in the caller's transaction: the step every change to a closed month shares.
 */
@Injectable()
export class AnnounceClosedValuesHandler {
  constructor(
    private readonly months: MonthCloseRepository,
    private readonly performance: PerformanceRepository,
    private readonly outbox: Outbox,
  ) {}

  /** `replaced`: the frozen figures an upheld dispute has just re-frozen as `values`. */
  async execute(tx: Tx, period: string, closure: MonthClosure, values: ClosedValue[], replaced: ClosedValue[] = []): Promise<void> {
    if (!values.length) return;
    const reliefs = await this.months.reliefs(tx, period);
    const definitions = await this.definitionsOf(tx, values);
    const measuredAt = new Date().toISOString();
    await this.outbox.addMany(
      tx,
      KpiMonthClosed,
      values.map((value) => {
        const { key, data } = closedMonthAnnouncement({
          value,
          closure,
          reliefs,
          definition: definitions.get(versionKey(value)),
          measuredAt,
          replaced: replaced.find((r) => r.kpiId === value.kpiId && r.providerId === value.providerId),
        });
        return { aggregateId: key, aggregateVersion: 1, data, key };
      }),
    );
  }

  /** The definition version each value was measured by: the current one, or an earlier one where it has changed since. */
  private async definitionsOf(tx: Tx, values: ClosedValue[]): Promise<Map<string, KpiDefinition>> {
    const byVersion = new Map(
      (await this.performance.definitions(tx)).map((d) => [versionKey({ kpiId: d.id, definitionVersion: d.version }), d]),
    );
    const changed = new Set(values.filter((v) => !byVersion.has(versionKey(v))).map((v) => v.kpiId));
    for (const id of changed)
      for (const d of await this.performance.definitionVersions(tx, id))
        byVersion.set(versionKey({ kpiId: d.id, definitionVersion: d.version }), d);
    return byVersion;
  }
}
