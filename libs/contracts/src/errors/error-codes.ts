/**
 * Every code the platform's APIs answer an error with (ADR 0015). A client branches on the code, never on
 * the message. Adding a code means giving it a status in `ERROR_STATUS`, or the workspace does not compile.
 */
export type ErrorCode =
  // the request itself: its shape, its fields, its credentials
  | 'invalid-request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'too-large'
  | 'rate-limited'
  // the state of what it acts on
  | 'duplicate'
  | 'conflict'
  | 'illegal-state'
  // a rule of the domain the request would break
  | 'contract-violation'
  | 'invalid-carer'
  | 'invalid-consent'
  | 'invalid-relationship'
  | 'invalid-emergency-plan'
  | 'invalid-survivor'
  | 'invalid-cursor'
  | 'invalid-assessment'
  | 'incomplete-assessment'
  | 'invalid-pause'
  | 'invalid-return'
  | 'invalid-kpi'
  | 'invalid-policy'
  | 'invalid-plan'
  | 'invalid-meeting'
  | 'not-delegated'
  | 'unknown-area-board'
  | 'unknown-provider'
  | 'unknown-consortium'
  | 'unknown-carer'
  | 'unreadable-file'
  // the platform's own fault: nothing about the request is wrong
  | 'internal';

/** The HTTP status each code answers with. */
export const ERROR_STATUS: Readonly<Record<ErrorCode, number>> = {
  'invalid-request': 400,
  'invalid-kpi': 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  'too-large': 413,
  'rate-limited': 429,
  duplicate: 409,
  conflict: 409,
  'illegal-state': 409,
  'contract-violation': 422,
  'invalid-carer': 422,
  'invalid-consent': 422,
  'invalid-relationship': 422,
  'invalid-emergency-plan': 422,
  'invalid-survivor': 422,
  'invalid-cursor': 422,
  'invalid-assessment': 422,
  'incomplete-assessment': 422,
  'invalid-pause': 422,
  'invalid-return': 422,
  'invalid-policy': 422,
  'invalid-plan': 422,
  'invalid-meeting': 422,
  'not-delegated': 422,
  'unknown-area-board': 422,
  'unknown-provider': 422,
  'unknown-consortium': 422,
  'unknown-carer': 422,
  'unreadable-file': 422,
  internal: 500,
};

/** The code a status answers with when no code was given (a framework's own error: an unknown route, a body too large). */
export function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'too-large';
  if (status === 429) return 'rate-limited';
  if (status >= 400 && status < 500) return 'invalid-request';
  return 'internal';
}

/** One field and what is wrong with it. */
export interface Violation {
  field: string;
  reason: string;
}

/** What an error says beyond its message, in fields every client can rely on. */
export interface ErrorDetails {
  /** Each invalid field of the request. */
  violations?: Violation[];
  /** The record the request would duplicate. */
  existingId?: string;
  /** What an assessment does not yet cover. */
  missing?: string[];
}

/** The one body every error answers with: validation, domain and auth errors alike. */
export interface ErrorBody extends ErrorDetails {
  code: ErrorCode;
  message: string;
}
