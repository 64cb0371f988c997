import { Injectable } from '@nestjs/common';
import { ClockKind } from '@carers/contracts';
import { UnitOfWork } from '@carers/platform/persistence';
import { DayBasis } from '../domain/timescales';
import { ClockPolicyRepository } from './clock-policy.repository';

export interface SetTimescale {
  tenantId: string;
  kind: ClockKind;
  days: number;
  basis: DayBasis;
  /** For one provider's contract only; the council-wide timescale when absent. */
  providerId?: string;
}

/** Sets a council's timescale for one kind of clock; it applies to clocks started after it. */
@Injectable()
export class SetTimescaleHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly policy: ClockPolicyRepository,
  ) {}

  async execute(cmd: SetTimescale): Promise<void> {
    const { tenantId, ...timescale } = cmd;
    await this.uow.run(tenantId, (tx) => this.policy.setTimescale(tx, timescale));
  }
}
