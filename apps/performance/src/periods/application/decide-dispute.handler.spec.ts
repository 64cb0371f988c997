import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { ClosedValue, Dispute } from '../domain/period';
import { AnnounceClosedValuesHandler } from './announce-closed-values.handler';
import { DecideDisputeHandler } from './decide-dispute.handler';
import { MonthCloseRepository } from './month-close.repository';

const uow = { run: (tenantId: string, work: (tx: Tx) => unknown) => work({ tenantId } as Tx) } as unknown as UnitOfWork;
const dispute: Dispute = { id: 'd1', period: '2026-10', kpiId: 'k', providerId: 'p1', reason: 'late facts', raisedBy: 'provider' };

describe('deciding a dispute', () => {
  const announced: unknown[][] = [];
  const cleared: unknown[] = [];
  const announce = {
    execute: async (_tx: Tx, ...args: unknown[]) => void announced.push(args),
  } as unknown as AnnounceClosedValuesHandler;
  /** The disputed figure, frozen in breach until the dispute re-freezes it clear. */
  const months = (decided?: 'upheld' | 'rejected') => {
    let frozen = { kpiId: 'k', providerId: 'p1', period: '2026-10', status: 'red', breached: true } as ClosedValue;
    return {
      disputeForUpdate: async () => ({ ...dispute, outcome: decided }),
      stateForChange: async (_tx: Tx, period: string) => ({ period, status: 'provisional' }),
      decideDispute: async () => undefined,
      closedValues: async (_tx: Tx, _period: string, only: { kpiId: string; providerId: string }) =>
        only.kpiId === 'k' && only.providerId === 'p1' ? [frozen] : [],
      freeze: async () => void (frozen = { ...frozen, status: 'green', breached: false }),
      markClearedByDispute: async (_tx: Tx, period: string, figure: object) => {
        cleared.push([period, figure]);
        frozen = { ...frozen, clearedBy: 'dispute-upheld' };
      },
    } as unknown as MonthCloseRepository;
  };
  const cmd = { tenantId: 'E06000054', id: 'd1', reason: 'the record shows it', by: 'officer' };

  beforeEach(() => {
    announced.length = 0;
    cleared.length = 0;
  });

  it('re-freezes an upheld figure and announces it provisional, with the figure it replaced', async () => {
    await new DecideDisputeHandler(uow, months(), announce).execute({ ...cmd, outcome: 'upheld' });
    expect(announced).toEqual([
      [
        '2026-10',
        'provisional',
        [expect.objectContaining({ status: 'green', breached: false, clearedBy: 'dispute-upheld' })],
        [expect.objectContaining({ status: 'red', breached: true })],
      ],
    ]);
    // the frozen figure remembers it, so the month's confirmation says so too (ADR 0016)
    expect(cleared).toEqual([['2026-10', { kpiId: 'k', providerId: 'p1' }]]);
  });

  it('announces nothing for a rejected dispute, and refuses one already decided', async () => {
    await new DecideDisputeHandler(uow, months(), announce).execute({ ...cmd, outcome: 'rejected' });
    await expect(new DecideDisputeHandler(uow, months('upheld'), announce).execute({ ...cmd, outcome: 'upheld' })).rejects.toMatchObject({
      code: 'illegal-state',
    });
    expect(announced).toEqual([]);
  });
});
