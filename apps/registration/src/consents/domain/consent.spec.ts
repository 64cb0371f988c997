import { Consent } from './consent';

const given = Consent.give('k', 'c', 'notify-gp', 'consent', '2026-01-05', 'officer', '2026-11-22');

describe('a consent', () => {
  it('is withdrawn on a day after it was given', () => {
    expect(given.withdraw('2026-06-01', '2026-11-22')).toMatchObject({
      purpose: 'notify-gp',
      givenOn: '2026-01-05',
      withdrawnOn: '2026-06-01',
    });
  });
  it('cannot be withdrawn twice, before it was given, or in the future', () => {
    expect(() => given.withdraw('2026-06-01', '2026-11-22').withdraw('2026-07-01', '2026-11-22')).toThrow(
      'already withdrawn on 2026-06-01',
    );
    expect(() => given.withdraw('2025-12-31', '2026-11-22')).toThrow('before the consent was given');
    expect(() => given.withdraw('2026-12-01', '2026-11-22')).toThrow('future');
  });
  it('cannot be given in the future', () => {
    expect(() => Consent.give('k', 'c', 'research', 'consent', '2027-01-01', 'officer', '2026-11-22')).toThrow('future');
  });
});
