import { planYear, WILTSHIRE_CONSORTIUM } from './demo-year';

const commencedLate = (stories: ReturnType<typeof planYear>, providerId: string, month: number) => {
  const inMonth = stories.filter((s) => s.providerId === providerId && Math.floor(s.registeredDay / (365 / 12)) === month);
  return inMonth.filter((s) => s.commenceAfter > 14).length / inMonth.length;
};

describe('the demo year', () => {
  const stories = planYear(3000);

  it('shares the carers between the three members, with adult, young and parent carers', () => {
    for (const m of WILTSHIRE_CONSORTIUM) expect(stories.filter((s) => s.providerId === m.providerId).length).toBe(1000);
    const share = (kind: string) => stories.filter((s) => s.kind === kind).length / stories.length;
    expect(share('adult')).toBeGreaterThan(0.6);
    expect(share('young')).toBeGreaterThan(0.1);
    expect(share('parent')).toBeGreaterThan(0.1);
  });

  it('keeps the steps of every assessment in order', () => {
    for (const s of stories) {
      expect(s.contactAfter).toBeLessThanOrEqual(s.commenceAfter);
      expect(s.commenceAfter).toBeLessThan(s.completeAfter);
      expect(s.completeAfter).toBeLessThan(s.planAfter);
    }
  });

  it('has one member fall behind on assessments commenced within 14 days, more each month, while the others keep to time', () => {
    expect(commencedLate(stories, 'vale-family-support', 1)).toBeLessThan(0.1);
    expect(commencedLate(stories, 'vale-family-support', 5)).toBeGreaterThan(0.25);
    expect(commencedLate(stories, 'vale-family-support', 9)).toBeGreaterThan(commencedLate(stories, 'vale-family-support', 4));
    for (const month of [1, 5, 9]) expect(commencedLate(stories, 'downs-carers-trust', month)).toBeLessThan(0.1);
  });

  it('plays the same year from the same seed', () => {
    expect(planYear(50)).toEqual(planYear(50));
  });
});
