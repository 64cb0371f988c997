import { isoDate, registrationFrom } from './import-columns';

describe('reading a row of a register export', () => {
  it('turns UK dates, Y/N flags, phone columns and codes into a registration', () => {
    expect(
      registrationFrom({
        external_id: 'CL-1',
        carer_type: 'Adult',
        forename: ' Ann ',
        surname: 'Example',
        date_of_birth: '3/2/1961',
        postcode: 'sn15 1er',
        phone_mobile: '07700 900123',
        phone_home: '',
        gp_practice_code: 'j83001',
        gp_consent: 'Y',
        area_board: 'Chippenham',
        provider_code: 'CARERS-TOGETHER',
      }),
    ).toEqual({
      kind: 'adult',
      givenName: 'Ann',
      familyName: 'Example',
      dateOfBirth: '1961-02-03',
      postcode: 'sn15 1er',
      phoneNumbers: [{ type: 'mobile', number: '07700 900123' }],
      gpPracticeCode: 'J83001',
      gpConsent: true,
      areaBoard: 'chippenham',
      providerId: 'carers-together',
    });
  });
  it('passes on what it cannot read, so validation names the field', () => {
    expect(isoDate('31st March')).toBe('31st March');
    expect(registrationFrom({ gp_consent: 'maybe' })).toEqual({ gpConsent: 'maybe' });
  });
});
