import { addDays as addDaysOn } from '@carers/calendar';
import { PlatformClient } from './platform-client';
import { ProviderSystems } from './provider-systems';

const STAGE_WORDS: Record<string, string> = {
  'amber-notice': 'an amber notice (the provider is asked for commentary)',
  'review-meeting': 'a review meeting',
  'remedial-plan': 'a remedial action plan',
  'improvement-notice': 'a performance improvement notice',
  'service-credits': 'service credits',
  'board-referral': 'referral to the Performance and Outcomes Board',
  'contract-remedy': 'a recommended contract remedy',
};
const addDays = (day: string, n: number) => addDaysOn(day, n, 'calendar');

/**
 * Watches what the board sees (cases, plans, alerts) and tells the story as it happens; plays the provider's
 * part when a remedial plan is asked for (its system submits one) and the contract manager's (who approves it).
 */
export class LadderWatch {
  private readonly stages = new Map<string, string>();
  private readonly alertsSeen = new Set<string>();
  private readonly plansAnswered = new Set<string>();
  private readonly noticesSeen = new Set<string>();
  readonly story: string[] = [];

  constructor(
    private readonly platform: PlatformClient,
    private readonly providers: ProviderSystems,
    private readonly names: Record<string, string>,
    private readonly say: (m: string) => void,
  ) {}

  private tell(m: string) {
    this.story.push(m);
    this.say(m);
  }

  async look(today: string) {
    const live = await this.platform.expect('escalation', 'GET', '/cases', undefined, 200);
    const closed = await this.platform.expect('escalation', 'GET', '/cases?status=closed', undefined, 200);
    for (const c of [...live, ...closed]) {
      const before = this.stages.get(c.id);
      const now = c.status === 'closed' ? `closed:${c.outcome}` : c.stage;
      if (before === now) continue;
      this.stages.set(c.id, now);
      const who = `${this.names[c.providerId] ?? c.providerId}, ${c.kpiId}`;
      if (!before)
        this.tell(
          `performance case opened for ${who} (KPI for ${c.openedPeriod} out of tolerance): ${STAGE_WORDS[c.stage] ?? c.stage}${c.dueOn ? `, due ${c.dueOn}` : ''}`,
        );
      else if (c.status === 'closed') this.tell(`case for ${who} closed: ${c.outcome}`);
      else this.tell(`case for ${who} moved to ${STAGE_WORDS[c.stage] ?? c.stage}${c.dueOn ? `, due ${c.dueOn}` : ''}`);
      if (c.status !== 'closed') await this.noticesOf(c.id, who);
    }
    await this.answerPlans(today);
    const alerts = await this.platform.expect('escalation', 'GET', '/alerts', undefined, 200);
    for (const a of [...alerts].reverse()) {
      if (this.alertsSeen.has(a.id)) continue;
      this.alertsSeen.add(a.id);
      this.tell(`BOARD ALERT (${a.kind}): ${a.summary}`);
    }
  }

  /** Tells each notice the ladder served (ADR 0026); the provider's own system accepts it on its notice-response stream. */
  private async noticesOf(caseId: string, who: string) {
    const { notices } = await this.platform.expect('escalation', 'GET', `/cases/${caseId}/notices`, undefined, 200);
    for (const n of notices) {
      if (this.noticesSeen.has(n.id)) continue;
      this.noticesSeen.add(n.id);
      this.tell(
        `${n.reference} served on ${n.addressee} (${who}) on ${n.servedOn}: answer by ${n.respondBy}; document at /notices/${n.id}/document.pdf`,
      );
      if (!this.providers.connected(n.providerId)) continue;
      await this.providers.acceptNotice(n.providerId, n.id);
      this.tell(`${this.names[n.providerId] ?? n.providerId}'s system accepted ${n.reference} on provider.notice-response.v1`);
    }
  }

  private async answerPlans(today: string) {
    const plans = await this.platform.expect('escalation', 'GET', '/plans', undefined, 200);
    for (const p of plans) {
      const key = `${p.id}:${p.status}`;
      if (this.plansAnswered.has(key)) continue;
      if (p.status === 'requested') {
        this.plansAnswered.add(key);
        await this.providers.remedialPlan(p.providerId, p.caseId, [
          {
            actionId: 'recruit-assessors',
            description: 'Recruit two sessional assessors to clear the backlog',
            ownerRole: 'Operations manager',
            dueOn: addDays(today, 5),
          },
          {
            actionId: 'weekly-triage',
            description: 'Weekly triage of the waiting list by the service manager',
            ownerRole: 'Service manager',
            dueOn: addDays(today, 20),
          },
        ]);
        this.tell(
          `${this.names[p.providerId] ?? p.providerId}'s system submitted a remedial action plan (two actions, the first due ${addDays(today, 5)}) on provider.remedial-plan.v1`,
        );
      } else if (p.status === 'submitted') {
        this.plansAnswered.add(key);
        await this.platform.expect(
          'escalation',
          'POST',
          `/cases/${p.caseId}/plan/decision`,
          { outcome: 'approved', reason: 'a credible recovery trajectory; milestones to be tracked' },
          200,
        );
        this.tell(
          `the council's contract manager approved ${this.names[p.providerId] ?? p.providerId}'s remedial plan; its milestones are now tracked`,
        );
      }
    }
  }
}
