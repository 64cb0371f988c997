import { KpiMonthClosed } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx } from '@carers/platform/persistence';
import { PerformanceRepository } from '../../kpis/application/performance.repository';
import { STARTER_CATALOGUE } from '../../kpis/domain/starter-catalogue';
import { ClosedValue } from '../domain/period';
import { AnnounceClosedValuesHandler } from './announce-closed-values.handler';
import { MonthCloseRepository } from './month-close.repository';

const d = STARTER_CATALOGUE.find((k) => k.id === 'assessment-commenced-14-days')!;
const tx = { tenantId: 'E06000054' } as Tx;
const value = (providerId: string, definitionVersion: number): ClosedValue => ({
  kpiId: d.id,
  providerId,
  attribution: 'member',
  period: '2026-10',
  definitionVersion,
  value: 50,
  status: 'red',
  breached: true,
});

describe('announcing closed values', () => {
  const added: { contract: unknown; items: { aggregateId: string; aggregateVersion: number; key?: string; data: any }[] }[] = [];
  const outbox = { addMany: async (_tx: Tx, contract: unknown, items: any[]) => void added.push({ contract, items }) } as unknown as Outbox;
  const months = { reliefs: async () => [{ providerId: 'p2', reason: 'an outage' }] } as unknown as MonthCloseRepository;
  const performance = {
    definitions: async () => [{ ...d, version: 2, target: 95 }],
    definitionVersions: async () => [d, { ...d, version: 2, target: 95 }],
  } as unknown as PerformanceRepository;
  const handler = new AnnounceClosedValuesHandler(months, performance, outbox);

  beforeEach(() => (added.length = 0));

  it('adds one KpiMonthClosed a value, keyed and aggregated like the live values, judged by the version that measured it, after relief', async () => {
    await handler.execute(tx, '2026-10', 'provisional', [value('p1', 2), value('p2', 1)]);
    expect(added).toHaveLength(1);
    expect(added[0].contract).toBe(KpiMonthClosed);
    expect(added[0].items).toEqual([
      {
        aggregateId: `p1|${d.id}`,
        aggregateVersion: 1,
        key: `p1|${d.id}`,
        data: expect.objectContaining({ definitionVersion: 2, target: 95, breached: true, closure: 'provisional' }),
      },
      {
        aggregateId: `p2|${d.id}`,
        aggregateVersion: 1,
        key: `p2|${d.id}`,
        data: expect.objectContaining({ definitionVersion: 1, target: d.target, breached: false, clearedBy: 'relief' }),
      },
    ]);
  });

  it('says an upheld dispute cleared the breach of the figure it replaced', async () => {
    await handler.execute(tx, '2026-10', 'provisional', [{ ...value('p1', 2), status: 'green', breached: false }], [value('p1', 2)]);
    expect(added[0].items[0].data).toMatchObject({ breached: false, clearedBy: 'dispute-upheld' });
  });

  it('adds nothing for no values', async () => {
    await handler.execute(tx, '2026-10', 'confirmed', []);
    expect(added).toEqual([]);
  });
});
