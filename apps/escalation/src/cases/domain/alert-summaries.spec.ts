import { AlertSubject, summaries } from './alert-summaries';

describe('board alert summaries', () => {
  const subject: AlertSubject = {
    id: 'case-1',
    providerId: 'vale-family-support',
    kpiId: 'assessment-commenced-14-days',
    stage: 'service-credits',
  };

  it('states the credit accrued, and what it was before the caps when they cut it', () => {
    expect(summaries.creditAccrued(subject, '2026-09', 250_000, 250_000)).toBe(
      'vale-family-support: service credit of £2,500.00 accrued on assessment-commenced-14-days for 2026-09.',
    );
    expect(summaries.creditAccrued(subject, '2026-10', 0, 250_000)).toBe(
      "vale-family-support: service credit of £0.00 accrued on assessment-commenced-14-days for 2026-10 (£2,500.00 before the financial year's caps).",
    );
  });

  it("says when the credit reaches the financial year's cap (issue 18)", () => {
    expect(summaries.creditAccrued(subject, '2026-11', 100_000, 250_000, true)).toBe(
      "vale-family-support: service credit of £1,000.00 accrued on assessment-commenced-14-days for 2026-11 (£2,500.00 before the financial year's caps). The financial year's cap is now reached: further months are recorded at £0.00 without an alert.",
    );
  });
});
