import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { Allocation, ProviderAllocations } from '../application/provider-allocations.repository';

interface AllocationRow {
  provider_id: string;
  from_on: string;
  to_on: string | null;
  reason: string | null;
  allocated_by: string;
}

@Injectable()
export class SqlProviderAllocations extends ProviderAllocations {
  async open(tx: Tx, carerId: string, a: Allocation): Promise<void> {
    await tx.query(
      `INSERT INTO provider_allocation (id, tenant_id, carer_id, provider_id, from_on, reason, allocated_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [randomUUID(), tx.tenantId, carerId, a.providerId, a.fromOn, a.reason ?? null, a.allocatedBy],
    );
  }

  async openMany(tx: Tx, all: (Allocation & { carerId: string })[]): Promise<void> {
    if (!all.length) return;
    await tx.query(
      `INSERT INTO provider_allocation (id, tenant_id, carer_id, provider_id, from_on, reason, allocated_by)
       SELECT gen_random_uuid(), $1, * FROM unnest($2::uuid[], $3::text[], $4::date[], $5::text[], $6::text[])`,
      [
        tx.tenantId,
        all.map((a) => a.carerId),
        all.map((a) => a.providerId),
        all.map((a) => a.fromOn),
        all.map((a) => a.reason ?? null),
        all.map((a) => a.allocatedBy),
      ],
    );
  }

  async move(tx: Tx, carerId: string, a: Allocation): Promise<void> {
    await tx.query(`UPDATE provider_allocation SET to_on = $2 WHERE tenant_id = $3 AND carer_id = $1 AND to_on IS NULL`, [
      carerId,
      a.fromOn,
      tx.tenantId,
    ]);
    await this.open(tx, carerId, a);
  }

  async history(tx: Tx, carerId: string): Promise<Allocation[]> {
    const rows = await tx.query<AllocationRow>(
      `SELECT provider_id, to_char(from_on, 'YYYY-MM-DD') AS from_on, to_char(to_on, 'YYYY-MM-DD') AS to_on, reason, allocated_by
         FROM provider_allocation WHERE tenant_id = $2 AND carer_id = $1 ORDER BY created_at`,
      [carerId, tx.tenantId],
    );
    return rows.map((r) => ({
      providerId: r.provider_id,
      fromOn: r.from_on,
      toOn: r.to_on ?? undefined,
      reason: r.reason ?? undefined,
      allocatedBy: r.allocated_by,
    }));
  }
}
