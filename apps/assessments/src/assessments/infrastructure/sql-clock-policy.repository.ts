import { Injectable } from '@nestjs/common';
import { ClockKind } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { BankHoliday, ClockPolicyRepository, Timescale } from '../application/clock-policy.repository';
import { DayBasis } from '../domain/timescales';

interface TimescaleRow {
  kind: ClockKind;
  days: number;
  basis: DayBasis;
  /** '' for the council-wide timescale. */
  provider_id: string;
}

interface BankHolidayRow {
  day: string;
  name: string;
}

@Injectable()
export class SqlClockPolicyRepository extends ClockPolicyRepository {
  async timescales(tx: Tx): Promise<Timescale[]> {
    const rows = await tx.query<TimescaleRow>(
      `SELECT kind, days, basis, provider_id FROM clock_policy WHERE tenant_id = $1 ORDER BY provider_id, kind`,
      [tx.tenantId],
    );
    return rows.map((r) => ({ kind: r.kind, days: r.days, basis: r.basis, providerId: r.provider_id || null }));
  }

  async bankHolidays(tx: Tx): Promise<BankHoliday[]> {
    const rows = await tx.query<BankHolidayRow>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, name FROM bank_holiday WHERE tenant_id = $1 ORDER BY day`,
      [tx.tenantId],
    );
    return rows.map((r) => ({ day: r.day, name: r.name }));
  }

  async setTimescale(tx: Tx, t: Omit<Timescale, 'providerId'> & { providerId?: string }): Promise<void> {
    await tx.query(
      `INSERT INTO clock_policy (tenant_id, kind, days, basis, provider_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (tenant_id, provider_id, kind) DO UPDATE SET days = $3, basis = $4`,
      [tx.tenantId, t.kind, t.days, t.basis, t.providerId ?? ''],
    );
  }

  async addBankHoliday(tx: Tx, h: BankHoliday): Promise<void> {
    await tx.query(
      `INSERT INTO bank_holiday (tenant_id, day, name) VALUES ($1, $2, $3) ON CONFLICT (tenant_id, day) DO UPDATE SET name = $3`,
      [tx.tenantId, h.day, h.name],
    );
  }

  async removeBankHoliday(tx: Tx, day: string): Promise<boolean> {
    const removed = await tx.query<{ day: string }>(`DELETE FROM bank_holiday WHERE tenant_id = $1 AND day = $2 RETURNING day`, [
      tx.tenantId,
      day,
    ]);
    return removed.length > 0;
  }
}
