import { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { serviceEnvironment } from './runtime-config';

/**
 * Work a service does on a timer while it runs (reminders, clocks, retention, month close): every `seconds`
 * (overridden by the environment variable `env`), stopped at shutdown. A failed run is left to the next one.
 */
export abstract class IntervalJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  protected abstract readonly every: { env: string; seconds: number };

  protected abstract tick(): Promise<unknown>;

  /** Read while the service starts, when the environment it was given is in force. */
  private readonly env = serviceEnvironment();

  onApplicationBootstrap() {
    const ms = Number(this.env[this.every.env] ?? this.every.seconds) * 1000;
    this.timer = setInterval(() => void this.tick().catch(() => undefined), ms).unref();
  }

  onApplicationShutdown() {
    clearInterval(this.timer);
  }
}
