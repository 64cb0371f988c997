import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { MeasureReturnHandler, ReturnedFigure } from '../../kpis/application/measure-return.handler';
import { PeriodState } from '../domain/period';
import { MonthCloseRepository } from './month-close.repository';
import { MonthlyReturn, MonthlyReturnRepository } from './monthly-return.repository';
import { ReceiveMonthlyReturnHandler } from './receive-monthly-return.handler';

const tx = { tenantId: 'E06000054' } as Tx;
const uow = { run: (_tenantId: string, work: (t: Tx) => unknown) => work(tx) } as unknown as UnitOfWork;

describe('receiving a monthly return', () => {
  let saved: { r: MonthlyReturn; receivedOn: string; late: boolean }[];
  let measured: ReturnedFigure[];
  let status: PeriodState['status'];
  const handler = (today: string) =>
    new ReceiveMonthlyReturnHandler(
      uow,
      {
        providerExists: async (_t: Tx, id: string) => id === 'p1',
        save: async (_t: Tx, r: MonthlyReturn, receivedOn: string, late: boolean) => void saved.push({ r, receivedOn, late }),
      } as MonthlyReturnRepository,
      {
        state: async (_t: Tx, period: string) => ({ period, status }),
        stateForChange: async (_t: Tx, period: string) => ({ period, status }),
        policy: async () => ({ disputeDays: 10, returnDueDay: 10 }),
      } as unknown as MonthCloseRepository,
      { execute: async (_t: Tx, r: ReturnedFigure) => void measured.push(r) } as unknown as MeasureReturnHandler,
      { today: () => today } as Clock,
    );
  const r: MonthlyReturn = { providerId: 'p1', period: '2026-10', measure: 'listened-to-and-respected', value: 4.3, responses: 25 };

  beforeEach(() => {
    saved = [];
    measured = [];
    status = 'open';
  });

  it('keeps and measures a return, flagged late after its due day', async () => {
    expect(await handler('2026-11-10').execute('E06000054', r)).toEqual({ late: false });
    expect(await handler('2026-11-11').within(tx, r)).toEqual({ late: true });
    expect(saved.map((s) => [s.receivedOn, s.late])).toEqual([
      ['2026-11-10', false],
      ['2026-11-11', true],
    ]);
    expect(measured).toEqual([r, r]);
  });

  it('refuses a return before the month ends, from a provider the council does not know, or for a confirmed month', async () => {
    await expect(handler('2026-10-31').within(tx, r)).rejects.toMatchObject({ code: 'invalid-return' });
    await expect(handler('2026-11-02').within(tx, { ...r, providerId: 'stranger' })).rejects.toMatchObject({ code: 'unknown-provider' });
    status = 'confirmed';
    await expect(handler('2026-11-02').within(tx, r)).rejects.toMatchObject({ code: 'illegal-state' });
    expect(saved).toEqual([]);
    expect(measured).toEqual([]);
  });
});
