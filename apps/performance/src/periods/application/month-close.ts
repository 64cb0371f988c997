import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError } from '@carers/contracts';
import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { Clock, councils } from '@carers/platform/service';
import { PerformanceStore } from '../../kpis/application/performance-store';
import { directionOfTravel, previousMonth } from '../domain/direction';

export interface PeriodState {
  period: string;
  status: 'open' | 'provisional' | 'confirmed';
  disputeUntil?: string;
  confirmedOn?: string;
}

const closedError = (period: string, status: string) => new DomainError('illegal-state', `${period} is ${status}`);

/**
 * The end of each month: values are frozen as provisional, providers may dispute a figure until the window
 * closes, council officers may record relief, and then the month is confirmed. The Performance Outcomes Group's
 * pack reads the frozen values once a month has closed, the live ones before.
 */
@Injectable()
export class MonthClose {
  constructor(private readonly uow: UnitOfWork, private readonly store: PerformanceStore, private readonly clock: Clock) {}

  /** Freezes every past month that has values and is not yet closed; confirms those whose window ended without an open dispute. */
  async closeDue(): Promise<{ provisional: number; confirmed: number }> {
    const today = this.clock.today();
    const done = { provisional: 0, confirmed: 0 };
    for (const tenantId of councils()) {
      await this.uow.run(tenantId, async (tx) => {
        const [{ dispute_days: disputeDays }] = await tx.query(`SELECT dispute_days FROM close_policy`);
        const due: { period: string }[] = await tx.query(
          `SELECT DISTINCT v.period FROM kpi_value v WHERE v.period < $1 AND NOT EXISTS (SELECT 1 FROM period_close c WHERE c.period = v.period) ORDER BY 1`, [today.slice(0, 7)]);
        for (const { period } of due) {
          await tx.query(`INSERT INTO period_close (tenant_id, period, status, provisional_on, dispute_until) VALUES ($1, $2, 'provisional', $3, $3::date + $4::int)`,
            [tenantId, period, today, disputeDays]);
          await this.freeze(tx, period);
          done.provisional++;
        }
        const confirmed = await tx.query(
          `UPDATE period_close c SET status = 'confirmed', confirmed_on = $1, confirmed_by = 'month close'
            WHERE status = 'provisional' AND dispute_until < $1 AND NOT EXISTS (SELECT 1 FROM dispute d WHERE d.period = c.period AND d.outcome IS NULL) RETURNING period`, [today]);
        done.confirmed += confirmed.length;
      });
    }
    return done;
  }

  state(tenantId: string, period: string): Promise<PeriodState> {
    return this.uow.run(tenantId, (tx) => this.stateIn(tx, period));
  }

  dispute(tenantId: string, providerId: string, period: string, kpiId: string, reason: string, by: string) {
    return this.uow.run(tenantId, async (tx) => {
      const state = await this.stateIn(tx, period);
      if (state.status !== 'provisional') throw new DomainError('illegal-state', `${period} is ${state.status}: figures can be disputed only while provisional`);
      if (this.clock.today() > state.disputeUntil!) throw new DomainError('illegal-state', `the window to dispute ${period} closed on ${state.disputeUntil}`);
      if (!(await this.store.value(tx, kpiId, providerId, period))) throw new DomainError('not-found', `there is no ${kpiId} value for ${providerId} in ${period}`);
      const id = randomUUID();
      await tx.query(`INSERT INTO dispute (id, tenant_id, period, kpi_id, provider_id, reason, raised_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [id, tenantId, period, kpiId, providerId, reason, by]);
      return { id, period, kpiId, providerId, reason };
    });
  }

  /** An upheld dispute takes the figure as it stands now (late facts included) into the frozen values. */
  decide(tenantId: string, id: string, outcome: 'upheld' | 'rejected', reason: string, by: string) {
    return this.uow.run(tenantId, async (tx) => {
      const [d] = await tx.query(`SELECT period, kpi_id, provider_id, outcome FROM dispute WHERE id = $1 FOR UPDATE`, [id]);
      if (!d) throw new DomainError('not-found', `There is no dispute ${id}.`);
      if (d.outcome) throw new DomainError('illegal-state', `this dispute was already ${d.outcome}`);
      await tx.query(`UPDATE dispute SET outcome = $2, outcome_reason = $3, decided_by = $4 WHERE id = $1`, [id, outcome, reason, by]);
      if (outcome === 'upheld') await this.freeze(tx, d.period, d.kpi_id, d.provider_id);
      return { id, outcome, reason };
    });
  }

  relief(tenantId: string, period: string, reason: string, by: string, providerId?: string, kpiId?: string) {
    return this.uow.run(tenantId, async (tx) => {
      const state = await this.stateIn(tx, period);
      if (state.status === 'confirmed') throw closedError(period, 'confirmed');
      const id = randomUUID();
      await tx.query(`INSERT INTO relief (id, tenant_id, period, provider_id, kpi_id, reason, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [id, tenantId, period, providerId ?? null, kpiId ?? null, reason, by]);
      return { id, period, providerId, kpiId, reason };
    });
  }

  confirm(tenantId: string, period: string, by: string): Promise<PeriodState> {
    return this.uow.run(tenantId, async (tx) => {
      const state = await this.stateIn(tx, period);
      if (state.status !== 'provisional') throw closedError(period, state.status);
      const [open] = await tx.query(`SELECT count(*)::int AS n FROM dispute WHERE period = $1 AND outcome IS NULL`, [period]);
      if (open.n) throw new DomainError('illegal-state', `${open.n} dispute(s) for ${period} are still open`);
      await tx.query(`UPDATE period_close SET status = 'confirmed', confirmed_on = $2, confirmed_by = $3 WHERE period = $1`, [period, this.clock.today(), by]);
      return this.stateIn(tx, period);
    });
  }

  /** The Performance Outcomes Group's pack: every member and the consortium, each KPI's value, RAG, direction of travel and six-month trend. */
  pack(tenantId: string, period: string) {
    return this.uow.run(tenantId, async (tx) => {
      const state = await this.stateIn(tx, period);
      const definitions = new Map((await this.store.definitions(tx)).map((d) => [d.id, d]));
      const reliefs: { provider_id: string | null; kpi_id: string | null; reason: string }[] = await tx.query(`SELECT provider_id, kpi_id, reason FROM relief WHERE period = $1`, [period]);
      const months = [period];
      while (months.length < 6) months.unshift(previousMonth(months[0]));
      const history: any[] = await tx.query(
        `SELECT v.kpi_id, v.provider_id, v.attribution, v.period, COALESCE(c.value, v.value)::float AS value, COALESCE(c.status, v.status) AS status,
                COALESCE(c.breached, v.breached) AS breached, COALESCE(c.numerator, v.numerator) AS numerator, COALESCE(c.denominator, v.denominator) AS denominator
           FROM kpi_value v LEFT JOIN closed_value c ON c.period = v.period AND c.kpi_id = v.kpi_id AND c.provider_id = v.provider_id
          WHERE v.period = ANY($1::text[]) ORDER BY v.attribution DESC, v.provider_id, v.kpi_id, v.period`, [months]);
      const rows = history.filter((h) => h.period === period).map((h) => {
        const d = definitions.get(h.kpi_id);
        const series = months.map((m) => history.find((x) => x.kpi_id === h.kpi_id && x.provider_id === h.provider_id && x.period === m)?.value ?? null);
        const relief = reliefs.find((r) => (!r.provider_id || r.provider_id === h.provider_id) && (!r.kpi_id || r.kpi_id === h.kpi_id));
        return {
          kpiId: h.kpi_id, kpi: d?.name ?? h.kpi_id, providerId: h.provider_id, attribution: h.attribution, value: h.value ?? undefined,
          numerator: h.numerator ?? undefined, denominator: h.denominator ?? undefined, target: d?.target, floor: d?.floor, status: h.status,
          breached: h.breached && !relief, relief: relief?.reason,
          directionOfTravel: directionOfTravel(h.value ?? undefined, series[4] ?? undefined, d?.direction ?? 'higher-is-better'), trend: series,
        };
      });
      return { period, status: state.status, disputeUntil: state.disputeUntil, months, rows };
    });
  }

  private async stateIn(tx: Tx, period: string): Promise<PeriodState> {
    const [r] = await tx.query(`SELECT status, to_char(dispute_until, 'YYYY-MM-DD') AS dispute_until, to_char(confirmed_on, 'YYYY-MM-DD') AS confirmed_on FROM period_close WHERE period = $1`, [period]);
    return r ? { period, status: r.status, disputeUntil: r.dispute_until, confirmedOn: r.confirmed_on ?? undefined } : { period, status: 'open' };
  }

  private async freeze(tx: Tx, period: string, kpiId?: string, providerId?: string): Promise<void> {
    await tx.query(
      `INSERT INTO closed_value (tenant_id, period, kpi_id, provider_id, attribution, definition_version, value, numerator, denominator, status, breached)
       SELECT tenant_id, period, kpi_id, provider_id, attribution, definition_version, value, numerator, denominator, status, breached FROM kpi_value
        WHERE period = $1 AND ($2::text IS NULL OR kpi_id = $2) AND ($3::text IS NULL OR provider_id = $3)
       ON CONFLICT (tenant_id, period, kpi_id, provider_id) DO UPDATE SET definition_version = EXCLUDED.definition_version, value = EXCLUDED.value,
         numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator, status = EXCLUDED.status, breached = EXCLUDED.breached`, [period, kpiId ?? null, providerId ?? null]);
  }
}
