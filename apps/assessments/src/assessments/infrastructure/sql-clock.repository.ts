import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ClockKind } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { ClockRepository, DueClock, HeldClock, OnceOnlyClockKind, RunningClock } from '../application/clock.repository';
import { Assessment } from '../domain/assessment';
import { NoTimescaleError } from '../domain/clock.errors';
import { clockDates, DayBasis, WorkingCalendar } from '../domain/timescales';

interface PolicyRow {
  days: number;
  basis: DayBasis;
}

interface ClockRow {
  id: string;
  assessment_id: string;
  carer_id: string;
  provider_id: string | null;
  kind: ClockKind;
  basis: DayBasis;
  started_on: string;
  warn_on: string;
  due_on: string;
  stopped_on: string | null;
  paused_since: string | null;
  pause_reason: string | null;
  paused_days: number;
}

type DueRow = Pick<ClockRow, 'id' | 'assessment_id' | 'carer_id' | 'provider_id' | 'kind' | 'started_on' | 'due_on' | 'paused_days'> & {
  event: DueClock['event'];
};

const day = (c: string) => `to_char(${c}, 'YYYY-MM-DD') AS ${c}`;

@Injectable()
export class SqlClockRepository extends ClockRepository {
  /** The provider's contract's timescale if the council set one, else the council's. */
  private async policy(
    tx: Tx,
    kind: ClockKind,
    providerId?: string,
  ): Promise<{ days: number; basis: DayBasis; calendar: WorkingCalendar }> {
    const [p] = await tx.query<PolicyRow>(
      `SELECT days, basis FROM clock_policy WHERE tenant_id = $3 AND kind = $1 AND provider_id IN ($2, '') ORDER BY provider_id DESC LIMIT 1`,
      [kind, providerId ?? '', tx.tenantId],
    );
    if (!p) throw new NoTimescaleError(kind);
    return { days: p.days, basis: p.basis, calendar: await this.calendar(tx) };
  }

  /** Bank holidays from the calendar library and the council's own closure days from its table (ADR 0017). */
  private async calendar(tx: Tx): Promise<WorkingCalendar> {
    return WorkingCalendar.forCouncil(
      await tx.query<{ day: string }>(`SELECT to_char(day, 'YYYY-MM-DD') AS day FROM bank_holiday WHERE tenant_id = $1`, [tx.tenantId]),
    );
  }

  async start(tx: Tx, a: Assessment, kind: ClockKind, startedOn: string): Promise<void> {
    const p = await this.policy(tx, kind, a.facts.providerId);
    const { dueOn, warnOn } = clockDates(startedOn, { kind, days: p.days, basis: p.basis }, p.calendar);
    await tx.query(
      `INSERT INTO clock (id, tenant_id, assessment_id, carer_id, provider_id, kind, basis, started_on, warn_on, due_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (assessment_id, kind) WHERE stopped_on IS NULL DO NOTHING`,
      [randomUUID(), tx.tenantId, a.facts.id, a.facts.carerId, a.facts.providerId ?? null, kind, p.basis, startedOn, warnOn, dueOn],
    );
  }

  async stop(tx: Tx, assessmentId: string, kinds: ClockKind[], on: string): Promise<void> {
    await tx.query(
      `UPDATE clock SET stopped_on = GREATEST($3::date, started_on) WHERE tenant_id = $4 AND assessment_id = $1 AND kind = ANY($2::text[]) AND stopped_on IS NULL`,
      [assessmentId, kinds, on, tx.tenantId],
    );
  }

  async stopBy(tx: Tx, assessmentId: string, kinds: OnceOnlyClockKind[], on: string): Promise<void> {
    await tx.query(
      `UPDATE clock SET stopped_on = GREATEST($3::date, started_on)
        WHERE tenant_id = $4 AND assessment_id = $1 AND kind = ANY($2::text[]) AND (stopped_on IS NULL OR stopped_on > GREATEST($3::date, started_on))`,
      [assessmentId, kinds, on, tx.tenantId],
    );
  }

  async held(tx: Tx, assessmentId: string, kind: ClockKind, state: 'running' | 'paused'): Promise<HeldClock | undefined> {
    const [c] = await tx.query<Pick<ClockRow, 'id' | 'basis' | 'started_on' | 'warn_on' | 'due_on' | 'paused_since'>>(
      `SELECT id, basis, ${day('started_on')}, ${day('warn_on')}, ${day('due_on')}, ${day('paused_since')} FROM clock
        WHERE tenant_id = $3 AND assessment_id = $1 AND kind = $2 AND stopped_on IS NULL AND paused_since IS ${state === 'paused' ? 'NOT NULL' : 'NULL'}
          FOR UPDATE`,
      [assessmentId, kind, tx.tenantId],
    );
    return (
      c && {
        id: c.id,
        basis: c.basis,
        startedOn: c.started_on,
        warnOn: c.warn_on,
        dueOn: c.due_on,
        pausedSince: c.paused_since ?? undefined,
      }
    );
  }

  async pause(tx: Tx, clockId: string, on: string, reason: string): Promise<void> {
    await tx.query(`UPDATE clock SET paused_since = $2, pause_reason = $3 WHERE id = $1 AND tenant_id = $4`, [
      clockId,
      on,
      reason,
      tx.tenantId,
    ]);
  }

  async resume(tx: Tx, clockId: string, moved: { pausedDays: number; warnOn: string; dueOn: string }): Promise<void> {
    await tx.query(
      `UPDATE clock SET paused_since = NULL, pause_reason = NULL, paused_days = paused_days + $2, warn_on = $3, due_on = $4 WHERE id = $1 AND tenant_id = $5`,
      [clockId, moved.pausedDays, moved.warnOn, moved.dueOn, tx.tenantId],
    );
  }

  async forAssessment(tx: Tx, assessmentId: string): Promise<RunningClock[]> {
    const rows = await tx.query<ClockRow>(
      `SELECT kind, ${day('started_on')}, ${day('warn_on')}, ${day('due_on')}, ${day('paused_since')}, pause_reason, paused_days, ${day('stopped_on')}
         FROM clock WHERE tenant_id = $2 AND assessment_id = $1 ORDER BY started_on, kind`,
      [assessmentId, tx.tenantId],
    );
    return rows.map((r) => ({
      kind: r.kind,
      startedOn: r.started_on,
      warnOn: r.warn_on,
      dueOn: r.due_on,
      pausedSince: r.paused_since ?? undefined,
      pauseReason: r.pause_reason ?? undefined,
      pausedDays: r.paused_days,
      stoppedOn: r.stopped_on ?? undefined,
    }));
  }

  async dueOn(tx: Tx, assessmentId: string, kind: ClockKind): Promise<string | undefined> {
    const [r] = await tx.query<Pick<ClockRow, 'due_on'>>(
      `SELECT ${day('due_on')} FROM clock WHERE tenant_id = $3 AND assessment_id = $1 AND kind = $2 AND stopped_on IS NULL`,
      [assessmentId, kind, tx.tenantId],
    );
    return r?.due_on;
  }

  async claimDue(tx: Tx, today: string, limit: number): Promise<DueClock[]> {
    const rows = await tx.query<DueRow>(
      `SELECT id, assessment_id, carer_id, provider_id, kind, ${day('started_on')}, ${day('due_on')}, paused_days,
              CASE WHEN due_on < $1 THEN 'overdue' ELSE 'warning' END AS event
         FROM clock
        WHERE tenant_id = $3 AND stopped_on IS NULL AND paused_since IS NULL AND overdue_sent_on IS NULL
          AND (due_on < $1 OR (warn_on <= $1 AND warning_sent_on IS NULL))
        ORDER BY due_on LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [today, limit, tx.tenantId],
    );
    return rows.map((r) => ({
      clockId: r.id,
      assessmentId: r.assessment_id,
      carerId: r.carer_id,
      providerId: r.provider_id ?? undefined,
      kind: r.kind,
      startedOn: r.started_on,
      dueOn: r.due_on,
      pausedDays: r.paused_days,
      event: r.event,
    }));
  }

  async markSent(tx: Tx, clockId: string, event: 'warning' | 'overdue', on: string): Promise<void> {
    // an overdue clock never warns afterwards: its warning counts as sent
    await tx.query(
      event === 'warning'
        ? `UPDATE clock SET warning_sent_on = $2 WHERE id = $1 AND tenant_id = $3`
        : `UPDATE clock SET overdue_sent_on = $2, warning_sent_on = COALESCE(warning_sent_on, $2) WHERE id = $1 AND tenant_id = $3`,
      [clockId, on, tx.tenantId],
    );
  }
}
