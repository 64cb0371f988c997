import { bornOnOrBefore, turns18In } from './transition-due';

describe('when a young carer becomes due a transition assessment', () => {
  it('is from the 17th birthday by default', () => {
    expect(bornOnOrBefore('2026-11-22', 204)).toBe('2009-11-22');
  });
  it('handles a birthday on a day the target month lacks', () => {
    expect(bornOnOrBefore('2026-03-31', 13)).toBe('2025-02-28');
  });
  it('names the month of the 18th birthday, never the day', () => {
    expect(turns18In('2009-02-14')).toBe('2027-02');
  });
});
