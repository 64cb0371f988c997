import fc from 'fast-check';
import { Assessment } from './assessment';
import { REQUIRED_CONTENT } from './required-content';

const TODAY = '2026-11-22';
const request = (type: 'carer' | 'young-carer' = 'carer') =>
  Assessment.request(
    {
      id: 'a',
      tenantId: 'E06000054',
      carerId: 'c',
      type,
      route: 'council-officer',
      fastTrack: false,
      providerId: 'downs-carers-trust',
      requestedOn: '2026-11-01',
    },
    TODAY,
  );
const everything = (type: 'carer' | 'young-carer') =>
  Object.fromEntries(Object.keys(REQUIRED_CONTENT[type]).map((k) => [k, `notes on ${k}`]));
const eligibility = {
  necessaryCare: true,
  healthAtRisk: false,
  unableToAchieve: [{ outcome: 'recreation', reason: 'without-assistance' }],
  significantImpact: true,
};

describe('an assessment', () => {
  it('goes requested -> contacted -> commenced -> completed, with the determination', () => {
    const done = request()
      .contact('2026-11-03', TODAY)
      .commence('2026-11-10', TODAY)
      .complete({ on: '2026-11-12', method: 'phone', content: everything('carer'), eligibility }, TODAY);
    expect(done.status).toBe('completed');
    expect(done.facts).toMatchObject({ contactedOn: '2026-11-03', commencedOn: '2026-11-10', completedOn: '2026-11-12' });
    expect(done.facts.determination?.eligible).toBe(true);
  });

  it('cannot be completed when it never commenced (409)', () => {
    expect(() => request().complete({ on: '2026-11-12', method: 'phone', content: everything('carer'), eligibility }, TODAY)).toThrow(
      expect.objectContaining({ code: 'illegal-state' }),
    );
  });

  it('lists the required content it does not yet cover', () => {
    const content = everything('carer');
    delete content['willing-to-care'];
    expect(() =>
      request().commence('2026-11-10', TODAY).complete({ on: '2026-11-12', method: 'phone', content, eligibility }, TODAY),
    ).toThrow(expect.objectContaining({ code: 'incomplete-assessment', details: { missing: ['willing-to-care'] } }));
  });

  it("requires the reg 3 findings for a carer's assessment but not for a young carer's", () => {
    expect(() =>
      request()
        .commence('2026-11-10', TODAY)
        .complete({ on: '2026-11-12', method: 'phone', content: everything('carer') }, TODAY),
    ).toThrow('eligibility');
    const young = request('young-carer')
      .commence('2026-11-10', TODAY)
      .complete({ on: '2026-11-12', method: 'face-to-face', content: everything('young-carer') }, TODAY);
    expect(young.facts.determination).toBeUndefined();
  });

  it('refuses steps out of order or in the future, and anything after a refusal', () => {
    expect(() => request().commence('2026-10-30', TODAY)).toThrow('before the step it follows');
    expect(() => request().contact('2026-12-01', TODAY)).toThrow('future');
    const refused = request().refuse('2026-11-05', TODAY);
    expect(refused.status).toBe('refused');
    expect(() => refused.commence('2026-11-06', TODAY)).toThrow('refused');
  });

  it("applies a provider's facts in any order, never undoing a later one, and keeps an earlier contact that arrives late (issue 19)", () => {
    const completed = request().applyProviderFacts(
      {
        commencedOn: '2026-11-10',
        completion: { on: '2026-11-12', method: 'phone', covered: Object.keys(REQUIRED_CONTENT.carer), eligibility },
      },
      TODAY,
    );
    expect(completed.milestones).toEqual(['contacted', 'commenced', 'completed']);
    const lateContact = completed.assessment.applyProviderFacts({ contactedOn: '2026-11-02' }, TODAY);
    expect(lateContact.milestones).toEqual(['contacted']);
    expect(lateContact.assessment.status).toBe('completed');
    expect(lateContact.assessment.facts).toMatchObject({ contactedOn: '2026-11-02', commencedOn: '2026-11-10', completedOn: '2026-11-12' });
  });

  it('is delegated to one provider only', () => {
    expect(() => request().mustBeDelegatedTo('vale-family-support')).toThrow(expect.objectContaining({ code: 'not-delegated' }));
  });
});

describe("a provider system's reports (issue 19: order never matters)", () => {
  const completion = { on: '2026-11-12', method: 'phone', content: everything('carer'), eligibility };
  /** One assessment's reports as a provider's system may send them: each carries only some earlier dates. */
  const reports = [
    { contactedOn: '2026-11-03' },
    { commencedOn: '2026-11-10' },
    { contactedOn: '2026-11-05', commencedOn: '2026-11-10' },
    { commencedOn: '2026-11-10', completion },
  ];
  const applied = (order: typeof reports) => order.reduce((a, r) => a.applyProviderFacts(r, TODAY).assessment, request()).facts;
  // the version counts the changes made, which differ with the order; the facts stored must not
  const stored = (facts: ReturnType<typeof applied>) => ({ ...facts, version: undefined });

  it('keeps the earliest contact date reported, whichever report carried it and whenever it arrived', () => {
    const late = request()
      .applyProviderFacts({ commencedOn: '2026-11-10' }, TODAY)
      .assessment.applyProviderFacts({ contactedOn: '2026-11-03' }, TODAY);
    expect(late.milestones).toEqual(['contacted']);
    expect(late.assessment.facts).toMatchObject({ contactedOn: '2026-11-03', commencedOn: '2026-11-10' });
    expect(late.assessment.applyProviderFacts({ contactedOn: '2026-11-04' }, TODAY).milestones).toEqual([]);
  });

  it('gives the same stored facts for every order of arrival', () => {
    const expected = stored(applied(reports));
    expect(expected).toMatchObject({ contactedOn: '2026-11-03', commencedOn: '2026-11-10', completedOn: '2026-11-12' });
    fc.assert(
      fc.property(fc.shuffledSubarray(reports, { minLength: reports.length }), (order) => {
        expect(stored(applied(order))).toEqual(expected);
      }),
    );
  });
});
