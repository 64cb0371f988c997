import { Injectable } from '@nestjs/common';
import { IntervalJob } from '@carers/platform/service';
import { DataProtectionHandler } from './data-protection.handler';

/** Runs the retention job every RETENTION_SCAN_SECONDS (a day by default). */
@Injectable()
export class RetentionScheduler extends IntervalJob {
  protected readonly every = { env: 'RETENTION_SCAN_SECONDS', seconds: 86_400 };

  constructor(private readonly dp: DataProtectionHandler) {
    super();
  }

  protected tick() {
    return this.dp.runRetention();
  }
}
