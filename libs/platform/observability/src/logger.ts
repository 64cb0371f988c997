import { LoggerService } from '@nestjs/common';
import pino from 'pino';
import { RequestContexts } from './request-context';

/** Structured JSON logs on stdout; every line carries the service name and the current correlation and trace ids. */
export function createLogger(service: string) {
  return pino({
    base: { service },
    level: process.env['LOG_LEVEL'] ?? 'info',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin() {
      const ctx = RequestContexts.current();
      return ctx ? { correlationId: ctx.correlationId, traceId: ctx.traceId } : {};
    },
  });
}

export type Logger = ReturnType<typeof createLogger>;

export class JsonLogger implements LoggerService {
  constructor(readonly pino: Logger) {}
  log(message: unknown, context?: string) {
    this.write('info', message, context);
  }
  error(message: unknown, trace?: string, context?: string) {
    this.write('error', message, context, trace);
  }
  warn(message: unknown, context?: string) {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string) {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string) {
    this.write('trace', message, context);
  }
  fatal(message: unknown, context?: string) {
    this.write('fatal', message, context);
  }

  private write(level: pino.Level, message: unknown, context?: string, trace?: string) {
    if (message instanceof Error) this.pino[level]({ context, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) this.pino[level]({ context, ...message });
    else this.pino[level]({ context, ...(trace ? { stack: trace } : {}) }, String(message));
  }
}
