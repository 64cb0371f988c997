import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { PeriodState } from '../domain/period';
import { ConfirmMonthHandler } from './confirm-month.handler';
import { MonthCloseRepository } from './month-close.repository';

const uow = { run: (tenantId: string, work: (tx: Tx) => unknown) => work({ tenantId } as Tx) } as unknown as UnitOfWork;
const clock = { today: () => '2026-11-05' } as Clock;

/** One month's close in memory. */
function monthClose(state: PeriodState, open: number) {
  return {
    state: async () => state,
    openDisputes: async () => open,
    confirm: async (_tx: Tx, period: string, on: string, by: string) =>
      void Object.assign(state, { period, status: 'confirmed', confirmedOn: on, by }),
  } as unknown as MonthCloseRepository;
}

describe('confirming a month', () => {
  it('confirms a provisional month with no dispute open, today', async () => {
    const state: PeriodState = { period: '2026-10', status: 'provisional', disputeUntil: '2026-11-11' };
    expect(
      await new ConfirmMonthHandler(uow, monthClose(state, 0), clock).execute({ tenantId: 'E06000054', period: '2026-10', by: 'officer' }),
    ).toMatchObject({ status: 'confirmed', confirmedOn: '2026-11-05' });
  });

  it('refuses while a dispute is open, and for a month open or already confirmed', async () => {
    const cmd = { tenantId: 'E06000054', period: '2026-10', by: 'officer' };
    await expect(
      new ConfirmMonthHandler(uow, monthClose({ period: '2026-10', status: 'provisional' }, 2), clock).execute(cmd),
    ).rejects.toMatchObject({ code: 'illegal-state', message: '2 dispute(s) for 2026-10 are still open' });
    await expect(
      new ConfirmMonthHandler(uow, monthClose({ period: '2026-10', status: 'open' }, 0), clock).execute(cmd),
    ).rejects.toMatchObject({ code: 'illegal-state', message: '2026-10 is open' });
    await expect(
      new ConfirmMonthHandler(uow, monthClose({ period: '2026-10', status: 'confirmed' }, 0), clock).execute(cmd),
    ).rejects.toMatchObject({ code: 'illegal-state', message: '2026-10 is confirmed' });
  });
});
