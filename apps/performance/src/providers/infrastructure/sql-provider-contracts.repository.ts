import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { ProviderContractsRepository } from '../application/provider-contracts.repository';
import { ProviderContract } from '../domain/provider-contract';

interface ProviderRow {
  id: string;
  name: string;
  consortium_id: string;
  role: ProviderContract['role'];
  active: boolean;
}
const toContract = (r: ProviderRow): ProviderContract => ({
  providerId: r.id,
  name: r.name,
  consortiumId: r.consortium_id,
  role: r.role,
  active: r.active,
});

@Injectable()
export class SqlProviderContractsRepository extends ProviderContractsRepository {
  async consortiumExists(tx: Tx, consortiumId: string): Promise<boolean> {
    return (await tx.query(`SELECT 1 FROM consortium WHERE tenant_id = $1 AND id = $2`, [tx.tenantId, consortiumId])).length > 0;
  }

  async get(tx: Tx, providerId: string): Promise<ProviderContract | undefined> {
    const [row] = await tx.query<ProviderRow>(
      `SELECT id, name, consortium_id, role, active FROM provider WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
      [tx.tenantId, providerId],
    );
    return row && toContract(row);
  }

  async save(tx: Tx, c: ProviderContract): Promise<void> {
    await tx.query(
      `INSERT INTO provider (tenant_id, id, name, consortium_id, role, active) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (tenant_id, id) DO UPDATE SET name = EXCLUDED.name, consortium_id = EXCLUDED.consortium_id, role = EXCLUDED.role, active = EXCLUDED.active`,
      [tx.tenantId, c.providerId, c.name, c.consortiumId, c.role, c.active],
    );
  }

  async list(tx: Tx): Promise<ProviderContract[]> {
    return (
      await tx.query<ProviderRow>(`SELECT id, name, consortium_id, role, active FROM provider WHERE tenant_id = $1 ORDER BY id`, [
        tx.tenantId,
      ])
    ).map(toContract);
  }
}
