import { Writable } from 'node:stream';
import { QueryFailedError } from 'typeorm';
import { createLogger, JsonLogger } from './logger';
import { isDatabaseError, safeError, sqlState } from './safe-error';

const PERSON = { givenName: 'Ann', familyName: 'Example', dateOfBirth: '1961-02-03', nhsNumber: '9434765919', address: '1 High Street' };

/** A failed INSERT as the pg driver and TypeORM report it: the statement, its values, and the row quoted back in `detail`. */
function failedInsert() {
  const driverError = Object.assign(new Error('duplicate key value violates unique constraint "carer_nhs_number"'), {
    code: '23505',
    severity: 'ERROR',
    constraint: 'carer_nhs_number',
    table: 'carer',
    detail: `Key (tenant_id, nhs_number)=(E06000054, ${PERSON.nhsNumber}) already exists.`,
  });
  return new QueryFailedError(
    'INSERT INTO carer (id, given_name, family_name, date_of_birth, nhs_number, address_line1) VALUES ($1, $2, $3, $4, $5, $6)',
    ['c-1', PERSON.givenName, PERSON.familyName, PERSON.dateOfBirth, PERSON.nhsNumber, PERSON.address],
    driverError,
  );
}

function capture() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger('registration', sink), lines };
}

const leaks = (lines: string[]) => lines.filter((l) => Object.values(PERSON).some((v) => l.includes(v)));

describe('logs without personal data (issue 21, finding 1)', () => {
  it("keeps a failed statement's kind, SQLSTATE, constraint and table, never its values, its text or the row the driver quotes", () => {
    const { logger, lines } = capture();
    logger.error({ err: failedInsert() }, 'request failed');
    expect(leaks(lines)).toEqual([]);
    const line = JSON.parse(lines[0]);
    expect(line.err).toMatchObject({ type: 'QueryFailedError', code: '23505', constraint: 'carer_nhs_number', table: 'carer' });
    expect(line.err.message).toBeUndefined();
    expect(JSON.stringify(line)).not.toContain('INSERT INTO');
  });

  it('keeps nothing of a database message that quotes a value, nor of values an object hands the logger', () => {
    const { logger, lines } = capture();
    const quoting = Object.assign(new Error(`invalid input syntax for type date: "${PERSON.dateOfBirth}"`), {
      code: '22007',
      severity: 'ERROR',
    });
    logger.warn({ err: quoting, parameters: [PERSON.nhsNumber], detail: PERSON.address, body: PERSON }, 'refused');
    new JsonLogger(logger).error(failedInsert());
    expect(leaks(lines)).toEqual([]);
    expect(lines).toHaveLength(2);
  });

  it("keeps an ordinary error's message and frames", () => {
    const e = safeError(new TypeError('cannot read the policy'));
    expect(e).toMatchObject({ type: 'TypeError', message: 'cannot read the policy' });
    expect(e.stack?.split('\n')[0].trim().startsWith('at ')).toBe(true);
  });

  it('tells a database error by its SQLSTATE, wrapped by TypeORM or not', () => {
    expect(sqlState(failedInsert())).toBe('23505');
    expect(isDatabaseError(new Error('x'))).toBe(false);
    expect(sqlState(Object.assign(new Error('x'), { code: 'ENOTFOUND' }))).toBeUndefined();
  });
});
