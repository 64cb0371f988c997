import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { ClosedValue } from '../domain/period';
import { AnnounceClosedValuesHandler } from './announce-closed-values.handler';
import { CloseDueMonthsHandler } from './close-due-months.handler';
import { MonthCloseRepository } from './month-close.repository';

const uow = { run: (tenantId: string, work: (tx: Tx) => unknown) => work({ tenantId } as Tx) } as unknown as UnitOfWork;
const clock = { today: () => '2026-11-20' } as Clock;
const value = (period: string) => ({ kpiId: 'k', providerId: 'p1', period, breached: true }) as ClosedValue;

describe('closing the months that are due', () => {
  const previous = process.env['CARERS_COUNCILS'];
  beforeAll(() => (process.env['CARERS_COUNCILS'] = 'E06000054'));
  afterAll(() => (previous === undefined ? delete process.env['CARERS_COUNCILS'] : (process.env['CARERS_COUNCILS'] = previous)));

  it('freezes each ended month and announces its values provisional, then announces each confirmed month confirmed', async () => {
    const done: string[] = [];
    const months = {
      policy: async () => ({ disputeDays: 10, returnDueDay: 10 }),
      unclosedBefore: async () => ['2026-10'],
      stateForChange: async (_tx: Tx, period: string) => ({ period, status: 'open' }),
      markProvisional: async (_tx: Tx, period: string) => void done.push(`provisional ${period}`),
      freeze: async (_tx: Tx, period: string) => void done.push(`freeze ${period}`),
      closedValues: async (_tx: Tx, period: string) => [value(period)],
      confirmDue: async () => ['2026-08', '2026-09'],
    } as unknown as MonthCloseRepository;
    const announce = {
      execute: async (_tx: Tx, period: string, closure: string, values: ClosedValue[]) =>
        void done.push(`${closure} ${period}: ${values.map((v) => v.period)}`),
    } as unknown as AnnounceClosedValuesHandler;

    expect(await new CloseDueMonthsHandler(uow, months, announce, clock).execute()).toEqual({ provisional: 1, confirmed: 2 });
    expect(done).toEqual([
      'provisional 2026-10',
      'freeze 2026-10',
      'provisional 2026-10: 2026-10',
      'confirmed 2026-08: 2026-08',
      'confirmed 2026-09: 2026-09',
    ]);
  });
});
