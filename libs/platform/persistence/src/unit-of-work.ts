import { DataSource } from 'typeorm';
import { Tx } from './tx';

export const SET_TENANT_SQL = "SELECT set_config('app.tenant_id', $1, true)";

/** Runs work in one transaction with the tenant set (SET LOCAL), so row-level security applies to every statement. */
export class UnitOfWork {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(tenantId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(SET_TENANT_SQL, [tenantId]);
      return work(new Tx(manager, tenantId));
    });
  }
}
