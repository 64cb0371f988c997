import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Observable, Subject, filter, map } from 'rxjs';
import { DataSource } from 'typeorm';
import { BoardAlertRaised } from '@carers/contracts';
import { listen } from '@carers/platform/persistence';
import { AlertFeed } from '../application/alert-feed.port';

/** The PostgreSQL channel an alert is announced on as its transaction commits. */
export const ALERT_CHANNEL = 'board_alert';

type LiveAlert = BoardAlertRaised & { tenantId: string };

/**
 * The live feed behind the board's Server-Sent Events: PostgreSQL tells every replica of each alert as its
 * transaction commits (LISTEN/NOTIFY), so the feed never shows an alert that was rolled back.
 */
@Injectable()
export class PostgresAlertFeed extends AlertFeed implements OnModuleInit, OnApplicationShutdown {
  private readonly alerts = new Subject<LiveAlert>();
  private readonly logger = new Logger('AlertFeed');
  private release?: () => void;

  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async onModuleInit() {
    this.release = await listen(this.dataSource, ALERT_CHANNEL, (payload) => this.alerts.next(JSON.parse(payload)), {
      onConnectionLost: (error) =>
        this.logger.warn(
          `live board feed lost its database connection (${error?.message ?? 'closed'}); alerts raised until it is back reach the board's list, not the live feed`,
        ),
      onReconnect: () => this.logger.log('live board feed listening again'),
    });
  }

  forCouncil(tenantId: string): Observable<BoardAlertRaised> {
    return this.alerts.pipe(
      filter((a) => a.tenantId === tenantId),
      map(withoutTenant),
    );
  }

  onApplicationShutdown() {
    this.alerts.complete();
    this.release?.();
  }
}

function withoutTenant(alert: LiveAlert): BoardAlertRaised {
  const copy: Partial<LiveAlert> = { ...alert };
  delete copy.tenantId;
  return copy as BoardAlertRaised;
}
