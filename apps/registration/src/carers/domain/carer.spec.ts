import { Carer } from './carer';

const details = { kind: 'adult' as const, givenName: 'Ann', familyName: 'Other', dateOfBirth: '1960-05-20', postcode: 'hr1  2ab' };

describe('Carer.register', () => {
  it('registers an adult carer and places them in an age band on a given day', () => {
    const carer = Carer.register('c-1', 'E06000019', details, '2026-05-19');
    expect(carer.ageBandOn('2026-05-19')).toBe('65-74');
    expect(carer.ageBandOn('2025-05-19')).toBe('50-64');
    expect(carer.details.postcode).toBe('HR1 2AB');
  });

  it('keeps young carers under 18 and adults 18 or over', () => {
    expect(() => Carer.register('c-2', 'E06000019', { ...details, kind: 'young', dateOfBirth: '2008-01-01' }, '2026-11-22')).toThrow(
      /under 18/,
    );
    expect(() => Carer.register('c-3', 'E06000019', { ...details, dateOfBirth: '2012-01-01' }, '2026-11-22')).toThrow(/young carer/);
    expect(
      Carer.register('c-4', 'E06000019', { ...details, kind: 'young', dateOfBirth: '2012-01-01' }, '2026-11-22').ageBandOn('2026-11-22'),
    ).toBe('0-17');
  });

  it('refuses a date of birth in the future', () => {
    expect(() => Carer.register('c-5', 'E06000019', { ...details, dateOfBirth: '2030-01-01' }, '2026-11-22')).toThrow(/future/);
  });
});

describe('Carer.register: the fuller record', () => {
  const today = '2026-11-22';

  it('normalises phone numbers, the NHS number and the postcode', () => {
    const carer = Carer.register(
      'c-6',
      'E06000054',
      {
        ...details,
        postcode: 'sn151er',
        nhsNumber: '943 476 5919',
        phoneNumbers: [{ type: 'mobile', number: '07700 900123' }],
        preferredContact: 'text',
      },
      today,
    );
    expect(carer.details).toMatchObject({
      postcode: 'SN15 1ER',
      nhsNumber: '9434765919',
      phoneNumbers: [{ type: 'mobile', number: '+447700900123' }],
      gpConsent: false,
    });
  });

  it('refuses what cannot be right', () => {
    expect(() => Carer.register('c', 'E', { ...details, nhsNumber: '9434765918' }, today)).toThrow(/Modulus 11/);
    expect(() => Carer.register('c', 'E', { ...details, schoolUrn: '123456' }, today)).toThrow(/young carers only/);
    expect(() => Carer.register('c', 'E', { ...details, gpConsent: true }, today)).toThrow(/GP practice/);
    expect(() => Carer.register('c', 'E', { ...details, preferredContact: 'email' }, today)).toThrow(/no email/);
    expect(() => Carer.register('c', 'E', { ...details, preferredContact: 'phone' }, today)).toThrow(/no telephone/);
    expect(() => Carer.register('c', 'E', { ...details, phoneNumbers: [{ type: 'home', number: '555-1234' }] }, today)).toThrow(
      /phoneNumbers\[0\]/,
    );
  });
});
