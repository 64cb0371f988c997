import { NamedSubject, summaries } from './alert-summaries';

describe('board alert summaries', () => {
  // named as people know it (issue 18), the id only for the record
  const subject: NamedSubject = {
    id: 'case-1',
    providerId: 'vale-family-support',
    provider: 'Vale Family Support',
    kpiId: 'assessment-commenced-14-days',
    stage: 'service-credits',
  };

  it('states the credit withheld on a confirmed month, and what it was before the caps when they cut it (ADR 0016)', () => {
    expect(summaries.creditWithheld(subject, '2026-09', 250_000, 250_000)).toBe(
      'Vale Family Support: service credit of £2,500.00 withheld on assessment-commenced-14-days for 2026-09, the month confirmed in breach.',
    );
    expect(summaries.creditWithheld(subject, '2026-10', 0, 250_000)).toBe(
      "Vale Family Support: service credit of £0.00 withheld on assessment-commenced-14-days for 2026-10, the month confirmed in breach (£2,500.00 before the financial year's caps).",
    );
  });

  it("says when the credit reaches the financial year's cap (issue 18)", () => {
    expect(summaries.creditWithheld(subject, '2026-11', 100_000, 250_000, true)).toBe(
      "Vale Family Support: service credit of £1,000.00 withheld on assessment-commenced-14-days for 2026-11, the month confirmed in breach (£2,500.00 before the financial year's caps). The financial year's cap is now reached: further months are recorded at £0.00 without an alert.",
    );
  });

  it('says why a credit was reversed, in words (ADR 0016)', () => {
    expect(summaries.creditReversed(subject, '2026-09', 250_000, 'dispute-upheld')).toBe(
      "Vale Family Support: service credit of £2,500.00 on assessment-commenced-14-days for 2026-09 reversed before it was withheld (the provider's dispute of the figure upheld).",
    );
  });

  it('says what became of the withheld credits when a case closes, and when a credit is released (ADR 0018)', () => {
    expect(summaries.closed(subject, 'recovered', { settlement: 'retained', count: 2, pence: 500_000 })).toBe(
      'Vale Family Support: case on assessment-commenced-14-days closed, recovered, at stage service credits. Its 2 withheld credits of £5,000.00 retained.',
    );
    expect(summaries.closed(subject, 'recovered', { settlement: 'released', count: 1, pence: 250_000 })).toBe(
      'Vale Family Support: case on assessment-commenced-14-days closed, recovered, at stage service credits. Its withheld credit of £2,500.00 released to the provider.',
    );
    expect(summaries.closed(subject, 'recovered', { settlement: 'retained', count: 0, pence: 0 })).toBe(
      'Vale Family Support: case on assessment-commenced-14-days closed, recovered, at stage service credits.',
    );
    expect(summaries.creditReleased(subject, '2026-09', 250_000)).toBe(
      'Vale Family Support: service credit of £2,500.00 on assessment-commenced-14-days for 2026-09 released to the provider.',
    );
  });
});
