import { carersTouched } from './carers-touched';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

describe('which carers a request touched', () => {
  it('is the carer in the route', () => {
    expect(carersTouched('/carers/:carerId/consents', { carerId: A }, { consents: [] })).toEqual([A]);
  });
  it('is the new carer when one is registered', () => {
    expect(carersTouched('/carers', {}, { id: A, possibleDuplicates: [] })).toEqual([A]);
  });
  it('is every carer in a list', () => {
    expect(carersTouched('/carers', {}, { carers: [{ id: A }, { id: B }] })).toEqual([A, B]);
  });
  it('is both records of a duplicate review', () => {
    expect(carersTouched('/duplicate-reviews', {}, { reviews: [{ carerId: A, candidateId: B }] })).toEqual([A, B]);
  });
  it('is the existing record of each registration referral, and nobody for the answer a referred registration gets', () => {
    expect(carersTouched('/registration-referrals', {}, { referrals: [{ carerId: A }, { carerId: B }] })).toEqual([A, B]);
    expect(carersTouched('/carers', {}, { status: 'referred-to-council', message: 'x' })).toEqual([]);
  });
  it('is nobody for a route without personal data', () => {
    expect(carersTouched('/admin/dead-letters', {}, { deadLetters: [] })).toEqual([]);
  });
});
