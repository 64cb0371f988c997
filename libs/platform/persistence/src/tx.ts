import { EntityManager } from 'typeorm';

/**
 * The rows a statement returned. TypeORM answers UPDATE and DELETE with `[rows, affected]` and every other statement
 * with the rows, so code reading `RETURNING` (or checking that an UPDATE matched) would otherwise see two "rows".
 */
export function rowsOf<T>(result: unknown): T[] {
  const updated = Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number';
  return (updated ? result[0] : result) as T[];
}

/** A database transaction with the council it acts for. Row-level security already limits it to that council. */
export class Tx {
  constructor(
    readonly manager: EntityManager,
    readonly tenantId: string,
  ) {}

  /** The rows the statement returned, whatever kind of statement it is. */
  async query<T = any>(sql: string, parameters?: unknown[]): Promise<T[]> {
    return rowsOf<T>(await this.manager.query(sql, parameters));
  }
}
