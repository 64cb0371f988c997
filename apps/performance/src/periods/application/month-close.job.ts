import { Injectable } from '@nestjs/common';
import { IntervalJob } from '@carers/platform/service';
import { CloseDueMonthsHandler } from './close-due-months.handler';

/** Closes months as they end (every MONTH_CLOSE_SCAN_SECONDS, an hour by default). */
@Injectable()
export class MonthCloseJob extends IntervalJob {
  protected readonly every = { env: 'MONTH_CLOSE_SCAN_SECONDS', seconds: 3600 };

  constructor(private readonly closeDue: CloseDueMonthsHandler) {
    super();
  }

  protected tick() {
    return this.closeDue.execute();
  }
}
