import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Injectable } from '@nestjs/common';
import { codeForStatus, ERROR_STATUS, ErrorBody, isDomainError, Violation } from '@carers/contracts';
import { JsonLogger, sqlState } from '@carers/platform/observability';

const UNIQUE_VIOLATION = '23505';

/** The one body shape for every HTTP error: a domain rule, a refused field, a missing token, an unknown route, a fault (ADR 0015). */
export function errorResponse(error: unknown): { status: number; body: ErrorBody } {
  if (isDomainError(error))
    return { status: ERROR_STATUS[error.code], body: { code: error.code, message: error.message, ...error.details } };
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const given = typeof response === 'object' ? (response as { message?: unknown; violations?: Violation[] }) : { message: response };
    const message = Array.isArray(given.message) ? given.message.join('; ') : String(given.message ?? error.message);
    return { status, body: { code: codeForStatus(status), message, ...(given.violations ? { violations: given.violations } : {}) } };
  }
  // two writes raced for one unique value (a check-then-insert lost): the caller reloads and tries again (issue 21, finding 1)
  if (sqlState(error) === UNIQUE_VIOLATION)
    return {
      status: 409,
      body: { code: 'conflict', message: 'This clashes with a record saved at the same moment. Reload it and try again.' },
    };
  // a body the parser refused (too large, not JSON) carries its status
  const status = (error as { status?: unknown })?.status;
  if (typeof status === 'number' && status >= 400 && status < 500)
    return { status, body: { code: codeForStatus(status), message: (error as Error).message } };
  return {
    status: 500,
    body: {
      code: 'internal',
      message: 'Something went wrong on our side. Try again; if it goes on, give the service desk the x-correlation-id of this response.',
    },
  };
}

@Catch()
@Injectable()
export class ErrorResponseFilter implements ExceptionFilter {
  constructor(private readonly logger: JsonLogger) {}

  catch(error: unknown, host: ArgumentsHost) {
    if (host.getType() !== 'http') throw error;
    const { status, body } = errorResponse(error);
    if (status >= 500) this.logger.pino.error({ context: 'HTTP', err: error }, 'request failed');
    host.switchToHttp().getResponse().status(status).json(body);
  }
}
