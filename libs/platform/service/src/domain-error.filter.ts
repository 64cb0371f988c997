import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import { DomainError } from '@carers/contracts';

/** Stable domain error codes and the HTTP status each answers with; unknown codes answer 422. */
export const ERROR_STATUS: Record<string, number> = {
  'not-found': HttpStatus.NOT_FOUND,
  duplicate: HttpStatus.CONFLICT,
  conflict: HttpStatus.CONFLICT,
  'illegal-state': HttpStatus.CONFLICT,
  'contract-violation': HttpStatus.UNPROCESSABLE_ENTITY,
};

@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost) {
    if (host.getType() !== 'http') throw error;
    const status = ERROR_STATUS[error.code] ?? HttpStatus.UNPROCESSABLE_ENTITY;
    host.switchToHttp().getResponse().status(status).json({ statusCode: status, code: error.code, message: error.message, ...error.details });
  }
}
