import { codeForStatus, ERROR_STATUS, ErrorCode } from './error-codes';

describe('error codes (ADR 0015)', () => {
  it('gives every code a client or server error status', () => {
    const statuses = Object.values(ERROR_STATUS);
    expect(statuses.length).toBeGreaterThan(20);
    expect(statuses.every((s) => s >= 400 && s < 600)).toBe(true);
  });

  it('does not compile a map from codes to statuses that leaves a code out', () => {
    // @ts-expect-error every ErrorCode needs its status
    const partial: Record<ErrorCode, number> = { 'not-found': 404 };
    expect(Object.keys(partial)).toEqual(['not-found']);
  });

  it("names a framework's own errors by their status, each code answering with that status", () => {
    for (const status of [400, 401, 403, 404, 409, 413]) expect(ERROR_STATUS[codeForStatus(status)]).toBe(status);
    expect(codeForStatus(418)).toBe('invalid-request');
    expect(codeForStatus(502)).toBe('internal');
  });
});
