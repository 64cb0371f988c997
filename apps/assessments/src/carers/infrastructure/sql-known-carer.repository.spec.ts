import { CloudEvent, CarerRegistered } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { RecordRegisteredCarerHandler } from '../application/record-registered-carer.handler';
import { SqlKnownCarerRepository } from './sql-known-carer.repository';

describe('SqlKnownCarerRepository', () => {
  it('records the carer once, for the council the event came from', async () => {
    const statements: unknown[][] = [];
    const tx = {
      tenantId: 'E06000054',
      query: async (_: string, params: unknown[]) => {
        statements.push(params);
        return [];
      },
    } as unknown as Tx;
    const event = {
      id: 'e-1',
      data: { carerId: 'c-1', kind: 'parent', ageBand: '25-49', registeredOn: '2026-11-01' },
    } as CloudEvent<CarerRegistered>;
    await new RecordRegisteredCarerHandler(new SqlKnownCarerRepository()).execute(tx, event);
    expect(statements).toEqual([['c-1', 'E06000054', 'parent', '25-49', null, '2026-11-01', 'e-1']]);
  });
});
