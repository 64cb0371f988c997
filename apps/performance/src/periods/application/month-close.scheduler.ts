import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { MonthClose } from './month-close';

/** Closes months as they end (every MONTH_CLOSE_SCAN_SECONDS, an hour by default). */
@Injectable()
export class MonthCloseScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(private readonly close: MonthClose) {}

  onApplicationBootstrap() {
    const every = Number(process.env['MONTH_CLOSE_SCAN_SECONDS'] ?? 3600) * 1000;
    this.timer = setInterval(() => void this.close.closeDue().catch(() => undefined), every).unref();
  }

  onApplicationShutdown() {
    clearInterval(this.timer);
  }
}
