import { Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Observable, Subject, filter, map } from 'rxjs';
import { DataSource } from 'typeorm';
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
  private release?: () => void;

  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit() {
    const pool = (this.dataSource.driver as unknown as { master: { connect(): Promise<any> } }).master;
    const client = await pool.connect();
    client.on('notification', (n: { channel: string; payload?: string }) => {
      if (n.channel === ALERT_CHANNEL && n.payload) this.alerts.next(JSON.parse(n.payload));
    });
    await client.query(`LISTEN ${ALERT_CHANNEL}`);
    this.release = () => client.release(true);
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
