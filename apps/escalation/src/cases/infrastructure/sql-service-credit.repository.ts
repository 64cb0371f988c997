import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { CreditReversal } from '@carers/contracts';
import {
  CreditBalance,
  CreditChange,
  HeldCredit,
  MonthCredit,
  NewCredit,
  ServiceCreditRepository,
  Settlement,
} from '../application/service-credit.repository';

const HELD = `id, case_id AS "caseId", period, status, amount_pence AS "amountPence"`;

@Injectable()
export class SqlServiceCreditRepository extends ServiceCreditRepository {
  async yearToDate(tx: Tx, providerId: string, kpiId: string, financialYear: string) {
    const [sums] = await tx.query<{ kpi: number; total: number }>(
      `SELECT coalesce(sum(amount_pence) FILTER (WHERE kpi_id = $3), 0)::int AS kpi, coalesce(sum(amount_pence), 0)::int AS total
         FROM service_credit WHERE tenant_id = $1 AND provider_id = $2 AND financial_year = $4 AND status <> 'reversed'`,
      [tx.tenantId, providerId, kpiId, financialYear],
    );
    return sums;
  }

  async accrue(tx: Tx, c: NewCredit) {
    const inserted = await tx.query(
      `INSERT INTO service_credit (id, tenant_id, case_id, provider_id, kpi_id, period, financial_year, amount_pence, uncapped_pence, original_pence, status, accrued_on, reaches_cap, basis)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $8, 'accrued', $10, $11, $12) ON CONFLICT (case_id, period) DO NOTHING RETURNING id`,
      [
        c.id,
        tx.tenantId,
        c.caseId,
        c.providerId,
        c.kpiId,
        c.period,
        c.financialYear,
        c.amountPence,
        c.uncappedPence,
        c.accruedOn,
        c.reachesCap,
        c.basis,
      ],
    );
    return inserted.length > 0;
  }

  async forMonth(tx: Tx, caseId: string, period: string) {
    const [credit] = await tx.query<MonthCredit>(
      `SELECT id, status, amount_pence AS "amountPence", uncapped_pence AS "uncappedPence", reaches_cap AS "reachesCap"
         FROM service_credit WHERE tenant_id = $1 AND case_id = $2 AND period = $3 FOR UPDATE`,
      [tx.tenantId, caseId, period],
    );
    return credit;
  }

  async withhold(tx: Tx, id: string, on: string) {
    await tx.query(
      `UPDATE service_credit SET status = 'withheld', withheld_on = $3 WHERE tenant_id = $1 AND id = $2 AND status = 'accrued'`,
      [tx.tenantId, id, on],
    );
  }

  async reverse(tx: Tx, id: string, reason: CreditReversal, on: string) {
    await tx.query(
      `UPDATE service_credit SET status = 'reversed', reversal_reason = $3, reversed_on = $4 WHERE tenant_id = $1 AND id = $2 AND status = 'accrued'`,
      [tx.tenantId, id, reason, on],
    );
  }

  async forUpdate(tx: Tx, id: string) {
    const [credit] = await tx.query<HeldCredit>(`SELECT ${HELD} FROM service_credit WHERE tenant_id = $1 AND id = $2 FOR UPDATE`, [
      tx.tenantId,
      id,
    ]);
    return credit;
  }

  unsettledOf(tx: Tx, caseId: string) {
    return tx.query<HeldCredit>(
      `SELECT ${HELD} FROM service_credit WHERE tenant_id = $1 AND case_id = $2 AND status IN ('withheld', 'adjusted') ORDER BY period FOR UPDATE`,
      [tx.tenantId, caseId],
    );
  }

  async settle(tx: Tx, id: string, s: Settlement) {
    await tx.query(
      `UPDATE service_credit SET status = $3, settled_on = $4, settled_by = $5, settlement_reason = $6
        WHERE tenant_id = $1 AND id = $2 AND status IN ('withheld', 'adjusted')`,
      [tx.tenantId, id, s.settlement, s.on, s.by, s.reason],
    );
  }

  async adjust(tx: Tx, id: string, change: CreditChange): Promise<CreditBalance> {
    const [after] = await tx.query(
      `UPDATE service_credit SET amount_pence = $3, status = $4, adjusted_by = $5, adjustment_reason = $6 WHERE tenant_id = $1 AND id = $2
       RETURNING id, amount_pence AS "amountPence", original_pence AS "originalPence", status`,
      [tx.tenantId, id, change.toPence, change.status, change.by, change.reason],
    );
    return after as CreditBalance;
  }
}
