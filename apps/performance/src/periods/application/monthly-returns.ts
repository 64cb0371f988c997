import { Injectable } from '@nestjs/common';
import { DomainError } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { Measurement } from '../../kpis/application/measurement';
import { isLate } from '../domain/direction';

export interface MonthlyReturnInput {
  providerId: string;
  period: string;
  measure: string;
  value: number;
  responses: number;
}

/** Providers' monthly returns, by HTTP or on provider.monthly-return.v1; a return after its due day is kept and flagged late. */
@Injectable()
export class MonthlyReturns {
  constructor(private readonly measurement: Measurement, private readonly clock: Clock) {}

  async receive(tx: Tx, r: MonthlyReturnInput): Promise<{ late: boolean }> {
    const today = this.clock.today();
    if (r.period >= today.slice(0, 7)) throw new DomainError('invalid-return', `a return for ${r.period} can be made once the month has ended`);
    const [provider] = await tx.query(`SELECT 1 FROM provider WHERE id = $1`, [r.providerId]);
    if (!provider) throw new DomainError('unknown-provider', `${r.providerId} is not a provider of this council`);
    const [state] = await tx.query(`SELECT status FROM period_close WHERE period = $1`, [r.period]);
    if (state?.status === 'confirmed') throw new DomainError('illegal-state', `${r.period} is confirmed; ask the council to reopen it through a dispute`);
    const [{ return_due_day: dueDay }] = await tx.query(`SELECT return_due_day FROM close_policy`);
    const late = isLate(r.period, today, dueDay);
    await tx.query(
      `INSERT INTO monthly_return VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (tenant_id, provider_id, period, measure) DO UPDATE SET value = $5, responses = $6, received_on = $7, late = $8`,
      [tx.tenantId, r.providerId, r.period, r.measure, r.value, r.responses, today, late]);
    await this.measurement.measureReturn(tx, r.providerId, r.period, r.measure, r.value, r.responses);
    return { late };
  }
}
