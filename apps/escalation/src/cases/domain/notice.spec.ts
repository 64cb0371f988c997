import { SERVED } from '../notice.test-fixtures';
import { afterUpheld, checkAnswer, checkDecision, noticeForStage } from './notice';

describe('notices a provider can answer (issue 18, ADR 0026)', () => {
  it("serves a notice at each formal step of GC9's sequence, and none at the early warning or at the credit stages", () => {
    expect(noticeForStage('review-meeting')).toBe('contract-performance-notice');
    expect(noticeForStage('improvement-notice')).toBe('improvement-notice');
    expect(noticeForStage('board-referral')).toBe('exception-report');
    for (const stage of ['amber-notice', 'remedial-plan', 'service-credits', 'contract-remedy'] as const)
      expect(noticeForStage(stage)).toBeUndefined();
  });

  it('takes one answer, on or before the last day of the response window', () => {
    expect(() => checkAnswer(SERVED, '2026-11-17')).not.toThrow();
    expect(() => checkAnswer(SERVED, '2026-11-18')).toThrow('the response window closed on 2026-11-17; the notice is deemed accepted');
    expect(() => checkAnswer({ ...SERVED, status: 'accepted' }, '2026-11-11')).toThrow('answered already (accepted)');
  });

  it('decides a dispute only while the notice is disputed', () => {
    expect(() => checkDecision({ ...SERVED, status: 'disputed' })).not.toThrow();
    expect(() => checkDecision(SERVED)).toThrow('the notice is not disputed');
    expect(() => checkDecision({ ...SERVED, status: 'stands' })).toThrow('the notice is stands');
  });

  it('withdraws the case a withdrawn notice opened, and otherwise returns the case to the stage before the notice', () => {
    expect(afterUpheld(SERVED)).toEqual({ kind: 'withdraw-case' });
    expect(afterUpheld({ ...SERVED, fromStage: 'amber-notice' })).toEqual({ kind: 'return-to', stage: 'amber-notice' });
    expect(afterUpheld({ ...SERVED, kind: 'improvement-notice', fromStage: 'remedial-plan' })).toEqual({
      kind: 'return-to',
      stage: 'remedial-plan',
    });
  });
});
