import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataProtectionHandler } from './data-protection.handler';

/** Runs the retention job every RETENTION_SCAN_SECONDS (a day by default). */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(private readonly dp: DataProtectionHandler) {}

  onApplicationBootstrap() {
    const every = Number(process.env['RETENTION_SCAN_SECONDS'] ?? 86_400) * 1000;
    this.timer = setInterval(() => void this.dp.runRetention().catch(() => undefined), every).unref();
  }

  onApplicationShutdown() {
    clearInterval(this.timer);
  }
}
