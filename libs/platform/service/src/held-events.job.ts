import { Injectable } from '@nestjs/common';
import { InboxProcessor } from '@carers/platform/messaging';
import { JsonLogger } from '@carers/platform/observability';
import { IntervalJob } from './interval-job';

/**
 * Goes over the events held for the step they follow (ADR 0027) every `HELD_EVENTS_SCAN_SECONDS` (60): those
 * whose step was applied by another path (an officer over HTTP) are applied, those past the limit refused.
 */
@Injectable()
export class HeldEventsJob extends IntervalJob {
  protected readonly every = { env: 'HELD_EVENTS_SCAN_SECONDS', seconds: 60 };

  constructor(
    private readonly inbox: InboxProcessor,
    private readonly logger: JsonLogger,
  ) {
    super();
  }

  protected async tick() {
    const pass = await this.inbox.retryHeld();
    if (pass.applied || pass.refused) this.logger.log({ msg: 'held events applied or refused', ...pass }, 'HeldEvents');
    return pass;
  }
}
