import { nearMatchReasons } from './near-match';

const ann = { givenName: 'Ann', familyName: 'Example', dateOfBirth: '1961-02-03', postcode: 'SN15 1ER' };

describe('near matches between two records', () => {
  it('sees a moved house: same name and date of birth, new postcode', () => {
    expect(nearMatchReasons({ ...ann, postcode: 'BA14 8AA' }, ann)).toEqual([
      'same date of birth and family name',
      'same date of birth and given name',
    ]);
  });
  it('sees a typing slip in the date of birth', () => {
    expect(nearMatchReasons({ ...ann, dateOfBirth: '1961-03-02' }, ann)).toEqual(['same name and postcode, different date of birth']);
  });
  it('sees names entered the wrong way round', () => {
    expect(nearMatchReasons({ ...ann, givenName: 'Example', familyName: 'Ann' }, ann)).toContain('given and family names swapped');
  });
  it('sees a married name at the same address', () => {
    expect(nearMatchReasons({ ...ann, familyName: 'Other' }, ann)).toEqual([
      'same date of birth and given name',
      'same date of birth and postcode',
    ]);
  });
  it('ignores a different person who shares only a birthday', () => {
    expect(nearMatchReasons({ givenName: 'Bob', familyName: 'Smith', dateOfBirth: ann.dateOfBirth, postcode: 'HR1 2AB' }, ann)).toEqual([]);
  });
});
