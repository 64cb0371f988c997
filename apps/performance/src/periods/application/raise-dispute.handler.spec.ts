import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { PerformanceRepository } from '../../kpis/application/performance.repository';
import { Dispute, PeriodState } from '../domain/period';
import { MonthCloseRepository } from './month-close.repository';
import { RaiseDisputeHandler } from './raise-dispute.handler';

const uow = { run: (tenantId: string, work: (tx: Tx) => unknown) => work({ tenantId } as Tx) } as unknown as UnitOfWork;
const clock = (today: string) => ({ today: () => today }) as Clock;

describe('raising a dispute', () => {
  const added: Dispute[] = [];
  const months = (state: PeriodState) =>
    ({
      state: async () => state,
      stateForChange: async () => state,
      addDispute: async (_tx: Tx, d: Dispute) => void added.push(d),
    }) as unknown as MonthCloseRepository;
  const performance = (hasValue: boolean) =>
    ({ value: async () => (hasValue ? { status: 'red' } : undefined) }) as unknown as PerformanceRepository;
  const cmd = { tenantId: 'E06000054', providerId: 'p1', period: '2026-10', kpiId: 'k', reason: 'late facts', by: 'officer' };
  const provisional: PeriodState = { period: '2026-10', status: 'provisional', disputeUntil: '2026-11-11' };

  beforeEach(() => (added.length = 0));

  it('records it while the month is provisional and its window open', async () => {
    const raised = await new RaiseDisputeHandler(uow, months(provisional), performance(true), clock('2026-11-11')).execute(cmd);
    expect(raised).toMatchObject({ period: '2026-10', kpiId: 'k', providerId: 'p1', reason: 'late facts' });
    expect(added).toEqual([expect.objectContaining({ id: raised.id, raisedBy: 'officer' })]);
  });

  it('refuses one for a month not provisional, after the window, or for a figure there is none of', async () => {
    await expect(
      new RaiseDisputeHandler(uow, months({ period: '2026-10', status: 'open' }), performance(true), clock('2026-11-01')).execute(cmd),
    ).rejects.toMatchObject({ code: 'illegal-state', message: '2026-10 is open: figures can be disputed only while provisional' });
    await expect(
      new RaiseDisputeHandler(uow, months(provisional), performance(true), clock('2026-11-12')).execute(cmd),
    ).rejects.toMatchObject({ code: 'illegal-state', message: 'the window to dispute 2026-10 closed on 2026-11-11' });
    await expect(
      new RaiseDisputeHandler(uow, months(provisional), performance(false), clock('2026-11-01')).execute(cmd),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(added).toEqual([]);
  });
});
