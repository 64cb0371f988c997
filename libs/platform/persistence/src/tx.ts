import { EntityManager } from 'typeorm';

/** A database transaction with the council it acts for. Row-level security already limits it to that council. */
export class Tx {
  constructor(
    readonly manager: EntityManager,
    readonly tenantId: string,
  ) {}

  query<T = any>(sql: string, parameters?: unknown[]): Promise<T[]> {
    return this.manager.query(sql, parameters);
  }
}
