import { Injectable } from '@nestjs/common';
import { IntervalJob } from '@carers/platform/service';
import { Escalation } from './escalation';

/** Acts on deadlines that pass and months that complete even when no KPI event arrives. */
@Injectable()
export class LadderScheduler extends IntervalJob {
  protected readonly every = { env: 'LADDER_SCAN_SECONDS', seconds: 60 };

  constructor(private readonly escalation: Escalation) {
    super();
  }

  protected tick() {
    return this.escalation.runDue();
  }
}
