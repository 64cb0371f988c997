import { isNhsNumber, personalDataIn } from './personal-data-scan';

describe('the scan for personal data in the logs (issue 21, finding 1)', () => {
  it('finds a personal-data field with a value, wherever it sits', () => {
    const line = JSON.stringify({
      level: 'error',
      msg: 'request failed',
      err: { type: 'QueryFailedError', row: { familyName: 'Racewell' } },
    });
    expect(personalDataIn(line)).toEqual(['err.row.familyName (a personal-data field)']);
  });

  it('finds NHS numbers (valid check digit) and postcodes anywhere in a line, but not other numbers or words', () => {
    expect(personalDataIn(JSON.stringify({ msg: 'x', values: ['9434765919', 'SN15 3QQ'] }))).toEqual([
      'values[0] (an NHS number)',
      'values[1] (a postcode)',
    ]);
    expect(
      personalDataIn(JSON.stringify({ msg: 'http request', status: 201, offset: '1234567890', id: 'E06000054', path: '/carers' })),
    ).toEqual([]);
    expect(isNhsNumber('943 476 5919')).toBe(true);
    expect(isNhsNumber('9434765918')).toBe(false);
  });

  it('lets a redacted value and a line that is not JSON through', () => {
    expect(personalDataIn(JSON.stringify({ body: { givenName: '[redacted]' } }))).toEqual([]);
    expect(personalDataIn('> nx run registration:test')).toEqual([]);
  });
});
