import { Carer } from './carer';
import { carerInScope } from './carer-scope';
import { councilScope } from '@carers/contracts';

const carer = Carer.register(
  'c-1',
  'E06000054',
  { kind: 'adult', givenName: 'Ann', familyName: 'Other', dateOfBirth: '1960-05-20', postcode: 'SN10 1AA', providerId: 'downs' },
  '2026-11-22',
);

describe('which carers a caller may see', () => {
  it('is every carer of the council for a council officer', () => {
    expect(carerInScope(councilScope('E06000054'), 'c-1', carer)).toBe(carer);
  });
  it("is only its own provider's carers for a provider worker, another's answering as one that does not exist", () => {
    expect(carerInScope({ kind: 'provider', tenantId: 'E06000054', providerId: 'downs' }, 'c-1', carer)).toBe(carer);
    expect(() => carerInScope({ kind: 'provider', tenantId: 'E06000054', providerId: 'vale' }, 'c-1', carer)).toThrow(
      'There is no carer c-1',
    );
    expect(() => carerInScope(councilScope('E06000054'), 'c-2', undefined)).toThrow('There is no carer c-2');
  });
});
