import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { ClosedValue, PeriodState } from '../domain/period';
import { AnnounceClosedValuesHandler } from './announce-closed-values.handler';
import { MonthCloseRepository } from './month-close.repository';
import { RecordReliefHandler } from './record-relief.handler';

const uow = { run: (tenantId: string, work: (tx: Tx) => unknown) => work({ tenantId } as Tx) } as unknown as UnitOfWork;
const value = (providerId: string, kpiId: string) => ({ providerId, kpiId, period: '2026-10', breached: true }) as ClosedValue;
const frozen = [value('p1', 'k1'), value('p1', 'k2'), value('p2', 'k1')];

describe('recording relief', () => {
  const announced: { closure: string; values: string[] }[] = [];
  const announce = {
    execute: async (_tx: Tx, _period: string, closure: string, values: ClosedValue[]) =>
      void announced.push({ closure, values: values.map((v) => `${v.providerId}|${v.kpiId}`) }),
  } as unknown as AnnounceClosedValuesHandler;
  const months = (status: PeriodState['status']) =>
    ({
      state: async () => ({ period: '2026-10', status }),
      stateForChange: async () => ({ period: '2026-10', status }),
      addRelief: async () => undefined,
      closedValues: async () => frozen,
    }) as unknown as MonthCloseRepository;
  const cmd = { tenantId: 'E06000054', period: '2026-10', reason: 'an outage', by: 'officer' };

  beforeEach(() => (announced.length = 0));

  it('announces again, provisional, each frozen value of a provisional month the relief covers', async () => {
    await new RecordReliefHandler(uow, months('provisional'), announce).execute({ ...cmd, providerId: 'p1' });
    await new RecordReliefHandler(uow, months('provisional'), announce).execute({ ...cmd, kpiId: 'k1' });
    await new RecordReliefHandler(uow, months('provisional'), announce).execute({ ...cmd, providerId: 'p2', kpiId: 'k1' });
    await new RecordReliefHandler(uow, months('provisional'), announce).execute(cmd);
    expect(announced).toEqual([
      { closure: 'provisional', values: ['p1|k1', 'p1|k2'] },
      { closure: 'provisional', values: ['p1|k1', 'p2|k1'] },
      { closure: 'provisional', values: ['p2|k1'] },
      { closure: 'provisional', values: ['p1|k1', 'p1|k2', 'p2|k1'] },
    ]);
  });

  it('announces nothing for a month still open, and refuses relief for a confirmed one', async () => {
    expect(await new RecordReliefHandler(uow, months('open'), announce).execute(cmd)).toMatchObject({
      period: '2026-10',
      reason: 'an outage',
    });
    await expect(new RecordReliefHandler(uow, months('confirmed'), announce).execute(cmd)).rejects.toMatchObject({
      code: 'illegal-state',
      message: '2026-10 is confirmed',
    });
    expect(announced).toEqual([]);
  });
});
