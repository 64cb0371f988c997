import { NextFunction, Request, Response } from 'express';
import { ERROR_STATUS, ErrorBody } from '@carers/contracts';
import { shapeViolation } from '@carers/platform/messaging';

/** Bounds every HTTP request meets before any controller, pipe or transformer reads it (ADR 0012). */
export const REQUEST_LIMITS = {
  /** A JSON body; larger answers 413. The largest real body (a support plan) is a few KB; CSV imports stream apart. */
  maxBodyBytes: 256 * 1024,
  /** Objects and arrays, the body itself being 1. */
  maxDepth: 8,
} as const;

/**
 * Refuses, with 400 and the field, a body or query nested deeper than the limit, holding a NUL
 * or a lone surrogate, or a key that reaches an object's prototype: class-transformer would overflow its stack on
 * the first, PostgreSQL refuse the second, and the third is how prototype pollution starts.
 */
export function requestBoundsMiddleware() {
  return (req: Request, res: Response, next: NextFunction) => {
    const refuse = (field: string, reason: string) => {
      const body: ErrorBody = { code: 'invalid-request', message: `${field}: ${reason}`, violations: [{ field, reason }] };
      res.status(ERROR_STATUS[body.code]).json(body);
    };
    // path parameters are read from the path later, by the router: a NUL there is refused here
    if (/%00/i.test(req.path)) return refuse('path', 'holds a NUL character (%00)');
    for (const [root, value] of [
      ['body', req.body],
      ['query', req.query],
    ] as const) {
      const violation = shapeViolation(value, { maxDepth: REQUEST_LIMITS.maxDepth, prototypeKeys: 'refuse' });
      if (violation) return refuse(violation.at || root, violation.detail.slice(violation.detail.indexOf(': ') + 2));
    }
    next();
  };
}
