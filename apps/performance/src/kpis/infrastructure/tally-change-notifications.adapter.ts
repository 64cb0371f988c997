import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { listen } from '@carers/platform/persistence';
import { ListeningCallbacks, TallyChangeNotifications } from '../application/tally-change-notifications.port';

/** The channel a commit that recorded tally changes notifies, with its council as the payload. */
export const PENDING_CHANNEL = 'kpi_tally_change';

/** PostgreSQL LISTEN on the pending channel, on a pooled connection kept for it. */
@Injectable()
export class PgTallyChangeNotifications extends TallyChangeNotifications {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  listen(onCouncil: (tenantId: string) => void, callbacks: ListeningCallbacks): Promise<() => void> {
    return listen(this.dataSource, PENDING_CHANNEL, onCouncil, callbacks);
  }
}
