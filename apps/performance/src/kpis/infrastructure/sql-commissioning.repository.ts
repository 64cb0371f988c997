import { Injectable } from '@nestjs/common';
import { Tx } from '@carers/platform/persistence';
import { CommissionedProvider, CommissioningContract, CommissioningRepository, Consortium } from '../application/commissioning.repository';

interface ConsortiumRow {
  id: string;
  name: string;
}
interface ProviderRow {
  id: string;
  name: string;
  consortium_id: string;
  role: 'lead' | 'member';
}
interface ContractRow {
  id: string;
  consortium_id: string;
  value: number;
  starts_on: string;
  ends_on: string;
  extension_options: unknown;
  kpi_schedule: string[];
  service_credit_schedule: unknown;
}

@Injectable()
export class SqlCommissioningRepository extends CommissioningRepository {
  async consortia(tx: Tx): Promise<Consortium[]> {
    const rows = await tx.query<ConsortiumRow>(`SELECT id, name FROM consortium WHERE tenant_id = $1 ORDER BY id`, [tx.tenantId]);
    return rows.map((r) => ({ id: r.id, name: r.name }));
  }

  async providers(tx: Tx): Promise<CommissionedProvider[]> {
    const rows = await tx.query<ProviderRow>(`SELECT id, name, consortium_id, role FROM provider WHERE tenant_id = $1 ORDER BY role, id`, [
      tx.tenantId,
    ]);
    return rows.map((r) => ({ id: r.id, name: r.name, consortiumId: r.consortium_id, role: r.role }));
  }

  async contracts(tx: Tx): Promise<CommissioningContract[]> {
    const rows = await tx.query<ContractRow>(
      `SELECT id, consortium_id, value::float AS value, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on,
              extension_options, kpi_schedule, service_credit_schedule
         FROM contract WHERE tenant_id = $1 ORDER BY id`,
      [tx.tenantId],
    );
    return rows.map((r) => ({
      id: r.id,
      consortiumId: r.consortium_id,
      value: r.value,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      extensionOptions: r.extension_options,
      kpiSchedule: r.kpi_schedule,
      serviceCreditSchedule: r.service_credit_schedule,
    }));
  }
}
