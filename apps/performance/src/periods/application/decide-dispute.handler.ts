import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { DisputeAlreadyDecidedError, DisputeNotFoundError } from '../domain/month-close.errors';
import { AnnounceClosedValuesHandler } from './announce-closed-values.handler';
import { MonthCloseRepository } from './month-close.repository';

export interface DecideDispute {
  tenantId: string;
  id: string;
  outcome: 'upheld' | 'rejected';
  reason: string;
  /** Who decided (token subject). */
  by: string;
}

/**
 * A council officer upholds or rejects a dispute; an upheld one takes the figure as it stands now (late facts included)
 * into the frozen values, and announces it, still provisional.
 */
@Injectable()
export class DecideDisputeHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly months: MonthCloseRepository,
    private readonly announce: AnnounceClosedValuesHandler,
  ) {}

  execute(cmd: DecideDispute) {
    const { id, outcome, reason } = cmd;
    return this.uow.run(cmd.tenantId, async (tx) => {
      const dispute = await this.months.disputeForUpdate(tx, id);
      if (!dispute) throw new DisputeNotFoundError(id);
      if (dispute.outcome) throw new DisputeAlreadyDecidedError(dispute.outcome);
      await this.months.stateForChange(tx, dispute.period);
      await this.months.decideDispute(tx, id, outcome, reason, cmd.by);
      if (outcome === 'upheld') {
        const figure = { kpiId: dispute.kpiId, providerId: dispute.providerId };
        const replaced = await this.months.closedValues(tx, dispute.period, figure);
        await this.months.freeze(tx, dispute.period, figure);
        const [now] = await this.months.closedValues(tx, dispute.period, figure);
        if (replaced[0]?.breached && now && !now.breached) await this.months.markClearedByDispute(tx, dispute.period, figure);
        await this.announce.execute(
          tx,
          dispute.period,
          'provisional',
          await this.months.closedValues(tx, dispute.period, figure),
          replaced,
        );
      }
      return { id, outcome, reason };
    });
  }
}
