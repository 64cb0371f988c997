import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { pruneMessagingTables } from '@carers/platform/messaging';
import { JsonLogger } from '@carers/platform/observability';
import { IntervalJob } from './interval-job';
import { serviceEnvironment } from './runtime-config';

/** Prunes parked messages and old inbox entries every hour (ADR 0013): `DEAD_LETTER_RETENTION_DAYS`, `INBOX_RETENTION_DAYS`. */
@Injectable()
export class MessagingRetentionJob extends IntervalJob {
  protected readonly every = { env: 'MESSAGING_RETENTION_SCAN_SECONDS', seconds: 3600 };
  private readonly retention = {
    deadLetterDays: Number(serviceEnvironment()['DEAD_LETTER_RETENTION_DAYS'] ?? 30),
    inboxDays: Number(serviceEnvironment()['INBOX_RETENTION_DAYS'] ?? 410),
  };

  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: JsonLogger,
  ) {
    super();
  }

  protected async tick() {
    const pruned = await pruneMessagingTables(this.dataSource, this.retention);
    if (pruned.deadLetters || pruned.inbox)
      this.logger.log({ msg: 'parked messages and inbox entries past their retention pruned', ...pruned }, 'MessagingRetention');
    return pruned;
  }
}
