import { CloudEvent, CarerRegistered } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { KnownCarer, KnownCarerRepository } from './known-carer.repository';
import { RecordRegisteredCarerHandler } from './record-registered-carer.handler';

/** The projection in memory: one row per carer, the first recording kept. */
class InMemoryKnownCarers extends KnownCarerRepository {
  readonly rows = new Map<string, KnownCarer & { tenantId: string; sourceEventId: string }>();

  async record(tx: Tx, c: Omit<KnownCarer, 'seenAt'>, sourceEventId: string): Promise<void> {
    if (!this.rows.has(c.carerId)) this.rows.set(c.carerId, { ...c, seenAt: new Date(0), tenantId: tx.tenantId, sourceEventId });
  }

  async get(tx: Tx, carerId: string): Promise<KnownCarer | undefined> {
    const row = this.rows.get(carerId);
    return row?.tenantId === tx.tenantId ? row : undefined;
  }

  async allocate(tx: Tx, carerId: string, providerId: string): Promise<void> {
    const row = this.rows.get(carerId);
    if (row?.tenantId === tx.tenantId) row.providerId = providerId;
  }
}

describe('RecordRegisteredCarerHandler', () => {
  it('records the carer once, for the council the event came from', async () => {
    const carers = new InMemoryKnownCarers();
    const tx = { tenantId: 'E06000054' } as Tx;
    const event = {
      id: 'e-1',
      data: { carerId: 'c-1', kind: 'parent', ageBand: '25-49', registeredOn: '2026-11-01' },
    } as CloudEvent<CarerRegistered>;
    const handler = new RecordRegisteredCarerHandler(carers);
    await handler.execute(tx, event);
    await handler.execute(tx, { ...event, id: 'e-2', data: { ...event.data, kind: 'adult' } });
    expect([...carers.rows.values()]).toEqual([
      {
        carerId: 'c-1',
        kind: 'parent',
        ageBand: '25-49',
        providerId: undefined,
        registeredOn: '2026-11-01',
        seenAt: new Date(0),
        tenantId: 'E06000054',
        sourceEventId: 'e-1',
      },
    ]);
    expect(await carers.get({ tenantId: 'E06000019' } as Tx, 'c-1')).toBeUndefined();
  });
});
