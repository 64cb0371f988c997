import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { MonthlyReturn, MonthlyReturnRepository } from '../application/monthly-return.repository';

@Injectable()
export class SqlMonthlyReturnRepository extends MonthlyReturnRepository {
  async providerExists(tx: Tx, providerId: string): Promise<boolean> {
    return (await tx.query(`SELECT 1 FROM provider WHERE tenant_id = $1 AND id = $2`, [tx.tenantId, providerId])).length > 0;
  }

  async save(tx: Tx, r: MonthlyReturn, receivedOn: string, late: boolean): Promise<void> {
    await tx.query(
      `INSERT INTO monthly_return (tenant_id, provider_id, period, measure, value, responses, received_on, late) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (tenant_id, provider_id, period, measure) DO UPDATE SET value = $5, responses = $6, received_on = $7, late = $8`,
      [tx.tenantId, r.providerId, r.period, r.measure, r.value, r.responses, receivedOn, late],
    );
  }
}
