import { isValidNhsNumber } from './nhs-number';

describe('isValidNhsNumber', () => {
  it.each(['9434765919', '943 476 5919', '4010232137', '9000000009'])('accepts %s', (n) => expect(isValidNhsNumber(n)).toBe(true));
  it.each(['9434765918', '943476591', '94347659190', 'abcdefghij', '1234567890', ''])('refuses %p', (n) =>
    expect(isValidNhsNumber(n)).toBe(false),
  );
});
