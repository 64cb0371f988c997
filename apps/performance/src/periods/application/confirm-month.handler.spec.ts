import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { ClosedValue, PeriodState } from '../domain/period';
import { AnnounceClosedValuesHandler } from './announce-closed-values.handler';
import { ConfirmMonthHandler } from './confirm-month.handler';
import { MonthCloseRepository } from './month-close.repository';

const uow = { run: (tenantId: string, work: (tx: Tx) => unknown) => work({ tenantId } as Tx) } as unknown as UnitOfWork;
const clock = { today: () => '2026-11-05' } as Clock;
const frozen = { kpiId: 'k', providerId: 'p1', period: '2026-10', breached: true } as ClosedValue;

/** One month's close in memory. */
function monthClose(state: PeriodState, open: number) {
  return {
    state: async () => state,
    stateForChange: async () => state,
    openDisputes: async () => open,
    closedValues: async () => [frozen],
    confirm: async (_tx: Tx, period: string, on: string, by: string) =>
      void Object.assign(state, { period, status: 'confirmed', confirmedOn: on, by }),
  } as unknown as MonthCloseRepository;
}

describe('confirming a month', () => {
  const announced: unknown[][] = [];
  const announce = {
    execute: async (_tx: Tx, ...args: unknown[]) => void announced.push(args),
  } as unknown as AnnounceClosedValuesHandler;
  const handler = (state: PeriodState, open: number) => new ConfirmMonthHandler(uow, monthClose(state, open), announce, clock);

  beforeEach(() => (announced.length = 0));

  it('confirms a provisional month with no dispute open, today, and announces its values confirmed', async () => {
    const state: PeriodState = { period: '2026-10', status: 'provisional', disputeUntil: '2026-11-11' };
    expect(await handler(state, 0).execute({ tenantId: 'E06000054', period: '2026-10', by: 'officer' })).toMatchObject({
      status: 'confirmed',
      confirmedOn: '2026-11-05',
    });
    expect(announced).toEqual([['2026-10', 'confirmed', [frozen]]]);
  });

  it('refuses while a dispute is open, and for a month open or already confirmed', async () => {
    const cmd = { tenantId: 'E06000054', period: '2026-10', by: 'officer' };
    await expect(handler({ period: '2026-10', status: 'provisional' }, 2).execute(cmd)).rejects.toMatchObject({
      code: 'illegal-state',
      message: '2 dispute(s) for 2026-10 are still open',
    });
    await expect(handler({ period: '2026-10', status: 'open' }, 0).execute(cmd)).rejects.toMatchObject({
      code: 'illegal-state',
      message: '2026-10 is open',
    });
    await expect(handler({ period: '2026-10', status: 'confirmed' }, 0).execute(cmd)).rejects.toMatchObject({
      code: 'illegal-state',
      message: '2026-10 is confirmed',
    });
    expect(announced).toEqual([]);
  });
});
