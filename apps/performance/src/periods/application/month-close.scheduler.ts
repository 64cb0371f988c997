import { Injectable } from '@nestjs/common';
import { IntervalJob } from '@carers/platform/service';
import { MonthClose } from './month-close';

/** Closes months as they end (every MONTH_CLOSE_SCAN_SECONDS, an hour by default). */
@Injectable()
export class MonthCloseScheduler extends IntervalJob {
  protected readonly every = { env: 'MONTH_CLOSE_SCAN_SECONDS', seconds: 3600 };

  constructor(private readonly close: MonthClose) {
    super();
  }

  protected tick() {
    return this.close.closeDue();
  }
}
