import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Observable, Subject, filter, map } from 'rxjs';
import { DataSource } from 'typeorm';
import { listen } from '@carers/platform/persistence';
import { ALERT_CHANNEL } from './board-alerts';

export interface LiveAlert {
  tenantId: string;
  alertId: string;
  kind: string;
  [field: string]: unknown;
}

/**
 * The live feed behind the board's Server-Sent Events: PostgreSQL tells every replica of each alert as its
 * transaction commits (LISTEN/NOTIFY), so the feed never shows an alert that was rolled back.
 */
@Injectable()
export class AlertFeed implements OnModuleInit, OnApplicationShutdown {
  private readonly alerts = new Subject<LiveAlert>();
  private readonly logger = new Logger(AlertFeed.name);
  private release?: () => void;

  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit() {
    this.release = await listen(this.dataSource, ALERT_CHANNEL, (payload) => this.alerts.next(JSON.parse(payload)), {
      onConnectionLost: (error) => this.logger.warn(`live board feed lost its database connection (${error?.message ?? 'closed'}); alerts raised until it is back reach the board's list, not the live feed`),
      onReconnect: () => this.logger.log('live board feed listening again'),
    });
  }

  forCouncil(tenantId: string): Observable<Omit<LiveAlert, 'tenantId'>> {
    return this.alerts.pipe(filter((a) => a.tenantId === tenantId), map(withoutTenant));
  }

  onApplicationShutdown() {
    this.alerts.complete();
    this.release?.();
  }
}

function withoutTenant(alert: LiveAlert): Omit<LiveAlert, 'tenantId'> {
  const copy: Partial<LiveAlert> = { ...alert };
  delete copy.tenantId;
  return copy as Omit<LiveAlert, 'tenantId'>;
}
