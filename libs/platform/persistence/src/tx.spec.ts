import { EntityManager } from 'typeorm';
import { Tx } from './tx';

/** What TypeORM's PostgreSQL driver answers: rows for SELECT and INSERT, `[rows, affected]` for UPDATE and DELETE. */
const answering = (result: unknown) => new Tx({ query: async () => result } as unknown as EntityManager, 'E06000054');

describe('a transaction returns the rows a statement returned', () => {
  it("gives the rows of an UPDATE ... RETURNING, not TypeORM's [rows, affected] pair", async () => {
    expect(await answering([[{ period: '2026-10' }, { period: '2026-11' }], 2]).query('UPDATE ... RETURNING period')).toEqual([
      { period: '2026-10' },
      { period: '2026-11' },
    ]);
  });

  it('gives no rows when an UPDATE matched none, so a version check can see the conflict', async () => {
    expect(await answering([[], 0]).query('UPDATE ... RETURNING id')).toEqual([]);
  });

  it('gives the rows of a SELECT as they are', async () => {
    expect(await answering([{ id: 'a' }, { id: 'b' }]).query('SELECT id')).toEqual([{ id: 'a' }, { id: 'b' }]);
  });
});
