import { LoggerService } from '@nestjs/common';
import pino from 'pino';
import { RequestContexts } from './request-context';
import { safeError } from './safe-error';

/**
 * Where a statement's values could sit in an object handed to the logger (issue 21, finding 1): removed from any
 * line, whatever else the object holds. Errors are reduced by `safeError` first.
 */
export const REDACTED_PATHS = [
  'parameters',
  'query',
  'detail',
  'driverError',
  '*.parameters',
  '*.query',
  '*.detail',
  '*.driverError',
  'req.body',
  'body',
];

/**
 * Structured JSON logs on stdout (or the given destination); every line carries the service name and the current
 * correlation and trace ids, and no personal data: errors keep only their kind and codes, and values are redacted.
 */
export function createLogger(service: string, destination?: pino.DestinationStream) {
  const level = process.env['LOG_LEVEL'] ?? 'info';
  const copy = destination ? undefined : process.env['CARERS_LOG_COPY'];
  const options: pino.LoggerOptions = {
    base: { service },
    // the copy takes every line from info up, whatever the console shows
    level: copy && pino.levels.values[level] > pino.levels.values['info'] ? 'info' : level,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: safeError, error: safeError },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    mixin() {
      const ctx = RequestContexts.current();
      return ctx ? { correlationId: ctx.correlationId, traceId: ctx.traceId } : {};
    },
  };
  if (destination) return pino(options, destination);
  if (!copy) return pino(options);
  return pino(options, logCopy(level as pino.Level, copy));
}

/**
 * The console at its level, and every line from info up appended to `file`: `npm test` names one and, after the suites
 * have run, scans it for personal data (issue 21, finding 1).
 */
function logCopy(level: pino.Level, file: string): pino.DestinationStream {
  return pino.multistream([
    { level, stream: pino.destination(1) },
    { level: 'info', stream: pino.destination({ dest: file, append: true, sync: true }) },
  ]);
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
    if (message instanceof Error) this.pino[level]({ context, err: message }, safeError(message).message ?? message.name);
    else if (typeof message === 'object' && message !== null) this.pino[level]({ context, ...message });
    else this.pino[level]({ context, ...(trace ? { stack: trace } : {}) }, String(message));
  }
}
