import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ClockKind, DomainError } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { Clocks, DueClock, RunningClock } from '../application/clocks';
import { Assessment } from '../domain/assessment';
import { addDays, clockDates, DayBasis, daysBetween } from '../domain/timescales';

const day = (c: string) => `to_char(${c}, 'YYYY-MM-DD') AS ${c}`;

@Injectable()
export class SqlClocks extends Clocks {
  /** The provider's contract's timescale if the council set one, else the council's. */
  private async policy(tx: Tx, kind: ClockKind, providerId?: string): Promise<{ days: number; basis: DayBasis; holidays: Set<string> }> {
    const [p] = await tx.query(`SELECT days, basis FROM clock_policy WHERE kind = $1 AND provider_id IN ($2, '') ORDER BY provider_id DESC LIMIT 1`, [kind, providerId ?? '']);
    if (!p) throw new DomainError('illegal-state', `this council has no timescale for ${kind}; set one in its clock policy`);
    return { days: p.days, basis: p.basis, holidays: await this.holidays(tx) };
  }

  private async holidays(tx: Tx): Promise<Set<string>> {
    return new Set((await tx.query(`SELECT to_char(day, 'YYYY-MM-DD') AS day FROM bank_holiday`)).map((r: { day: string }) => r.day));
  }

  async start(tx: Tx, a: Assessment, kind: ClockKind, startedOn: string): Promise<void> {
    const p = await this.policy(tx, kind, a.facts.providerId);
    const { dueOn, warnOn } = clockDates(startedOn, { kind, days: p.days, basis: p.basis }, p.holidays);
    await tx.query(
      `INSERT INTO clock (id, tenant_id, assessment_id, carer_id, provider_id, kind, basis, started_on, warn_on, due_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (assessment_id, kind) WHERE stopped_on IS NULL DO NOTHING`,
      [randomUUID(), tx.tenantId, a.facts.id, a.facts.carerId, a.facts.providerId ?? null, kind, p.basis, startedOn, warnOn, dueOn]);
  }

  async stop(tx: Tx, assessmentId: string, kinds: ClockKind[], on: string): Promise<void> {
    await tx.query(`UPDATE clock SET stopped_on = GREATEST($3::date, started_on) WHERE assessment_id = $1 AND kind = ANY($2::text[]) AND stopped_on IS NULL`, [assessmentId, kinds, on]);
  }

  async pause(tx: Tx, assessmentId: string, kind: ClockKind, on: string, reason: string): Promise<void> {
    const [c] = await tx.query(`SELECT id, to_char(due_on, 'YYYY-MM-DD') AS due_on, to_char(started_on, 'YYYY-MM-DD') AS started_on FROM clock
                                 WHERE assessment_id = $1 AND kind = $2 AND stopped_on IS NULL AND paused_since IS NULL FOR UPDATE`, [assessmentId, kind]);
    if (!c) throw new DomainError('illegal-state', `there is no running, unpaused ${kind} clock on this assessment`);
    // a pause cannot hide a breach: it must start before the deadline
    if (on > c.due_on) throw new DomainError('illegal-state', `the ${kind} deadline has passed (${c.due_on}); a pause must start before it`);
    if (on < c.started_on) throw new DomainError('invalid-pause', `a pause cannot start before the clock did (${c.started_on})`);
    await tx.query(`UPDATE clock SET paused_since = $2, pause_reason = $3 WHERE id = $1`, [c.id, on, reason]);
  }

  /** The time paused is added to the deadline and the warning, counted as the clock counts days. */
  async resume(tx: Tx, assessmentId: string, kind: ClockKind, on: string): Promise<void> {
    const [c] = await tx.query(`SELECT id, basis, ${day('paused_since')}, ${day('warn_on')}, ${day('due_on')} FROM clock
                                 WHERE assessment_id = $1 AND kind = $2 AND stopped_on IS NULL AND paused_since IS NOT NULL FOR UPDATE`, [assessmentId, kind]);
    if (!c) throw new DomainError('illegal-state', `there is no paused ${kind} clock on this assessment`);
    const holidays = await this.holidays(tx);
    const paused = daysBetween(c.paused_since, on, c.basis, holidays);
    await tx.query(`UPDATE clock SET paused_since = NULL, pause_reason = NULL, paused_days = paused_days + $2, warn_on = $3, due_on = $4 WHERE id = $1`,
      [c.id, paused, addDays(c.warn_on, paused, c.basis, holidays), addDays(c.due_on, paused, c.basis, holidays)]);
  }

  async forAssessment(tx: Tx, assessmentId: string): Promise<RunningClock[]> {
    const rows = await tx.query(`SELECT kind, ${day('started_on')}, ${day('warn_on')}, ${day('due_on')}, ${day('paused_since')}, pause_reason, paused_days, ${day('stopped_on')}
                                   FROM clock WHERE assessment_id = $1 ORDER BY started_on, kind`, [assessmentId]);
    return rows.map((r) => ({
      kind: r.kind, startedOn: r.started_on, warnOn: r.warn_on, dueOn: r.due_on, pausedSince: r.paused_since ?? undefined,
      pauseReason: r.pause_reason ?? undefined, pausedDays: r.paused_days, stoppedOn: r.stopped_on ?? undefined,
    }));
  }

  async dueOn(tx: Tx, assessmentId: string, kind: ClockKind): Promise<string | undefined> {
    const [r] = await tx.query(`SELECT ${day('due_on')} FROM clock WHERE assessment_id = $1 AND kind = $2 AND stopped_on IS NULL`, [assessmentId, kind]);
    return r?.due_on;
  }

  async claimDue(tx: Tx, today: string, limit: number): Promise<DueClock[]> {
    const rows = await tx.query(
      `SELECT id, assessment_id, carer_id, provider_id, kind, ${day('started_on')}, ${day('due_on')}, paused_days,
              CASE WHEN due_on < $1 THEN 'overdue' ELSE 'warning' END AS event
         FROM clock
        WHERE stopped_on IS NULL AND paused_since IS NULL AND overdue_sent_on IS NULL
          AND (due_on < $1 OR (warn_on <= $1 AND warning_sent_on IS NULL))
        ORDER BY due_on LIMIT $2 FOR UPDATE SKIP LOCKED`, [today, limit]);
    return rows.map((r) => ({
      clockId: r.id, assessmentId: r.assessment_id, carerId: r.carer_id, providerId: r.provider_id ?? undefined, kind: r.kind,
      startedOn: r.started_on, dueOn: r.due_on, pausedDays: r.paused_days, event: r.event,
    }));
  }

  async markSent(tx: Tx, clockId: string, event: 'warning' | 'overdue', on: string): Promise<void> {
    // an overdue clock never warns afterwards: its warning counts as sent
    await tx.query(event === 'warning'
      ? `UPDATE clock SET warning_sent_on = $2 WHERE id = $1`
      : `UPDATE clock SET overdue_sent_on = $2, warning_sent_on = COALESCE(warning_sent_on, $2) WHERE id = $1`, [clockId, on]);
  }
}
