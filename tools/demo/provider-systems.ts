import { randomUUID } from 'node:crypto';
import {
  ProviderAssessmentCommenced,
  ProviderAssessmentCompleted,
  ProviderAssessmentContacted,
  ProviderMonthlyReturn,
  ProviderNoticeAnswered,
  ProviderRemedialPlanSubmitted,
  ProviderReviewCompleted,
  ProviderSupportPlanAgreed,
  Topics,
  WELLBEING_DOMAINS,
} from '@carers/contracts';
import { providerTopic } from '@carers/contracts';
import { Kafka } from '@carers/platform/messaging';
import { eventMessage } from '@carers/testing';

export type Producer = ReturnType<Kafka['producer']>;

const scores = (n: number) => Object.fromEntries(WELLBEING_DOMAINS.map((d) => [d, n]));

/**
 * The consortium members' own case-management systems: each publishes what its workers did on its own topics, as
 * its own Kafka user on the providers' listener, as any outside system would (ADR 0014).
 */
export class ProviderSystems {
  constructor(
    private readonly producers: ReadonlyMap<string, Producer>,
    private readonly council: string,
    private readonly topicPrefix = '',
  ) {}

  /** Whether the provider's own system is connected (it was onboarded with a credential). */
  connected(providerId: string): boolean {
    return this.producers.has(providerId);
  }

  private send(family: string, providerId: string, type: string, data: object) {
    const producer = this.producers.get(providerId);
    if (!producer) throw new Error(`${providerId} has no system connected (it was not onboarded)`);
    return producer.send({
      topic: this.topicPrefix + providerTopic(family, providerId),
      acks: -1,
      messages: [eventMessage(type, data, { key: providerId, source: providerId, tenant: this.council, correlationId: 'demo' })],
    });
  }

  contacted(providerId: string, assessmentId: string, contactedOn: string) {
    return this.send(Topics.providerAssessmentActivity, providerId, ProviderAssessmentContacted.type, {
      providerId,
      assessmentId,
      contactedOn,
    });
  }

  commenced(providerId: string, assessmentId: string, contactedOn: string, commencedOn: string) {
    return this.send(Topics.providerAssessmentActivity, providerId, ProviderAssessmentCommenced.type, {
      providerId,
      assessmentId,
      contactedOn,
      commencedOn,
    });
  }

  completed(
    providerId: string,
    assessmentId: string,
    a: { type: string; contactedOn: string; commencedOn: string; completedOn: string; covered: string[]; childFoundCaring: boolean },
  ) {
    const eligibility =
      a.type === 'carer'
        ? {
            eligibility: {
              necessaryCare: true,
              healthAtRisk: false,
              unableToAchieve: [{ outcome: 'recreation', reason: 'without-assistance' }],
              significantImpact: true,
            },
          }
        : {};
    return this.send(Topics.providerAssessmentActivity, providerId, ProviderAssessmentCompleted.type, {
      providerId,
      assessmentId,
      contactedOn: a.contactedOn,
      commencedOn: a.commencedOn,
      completedOn: a.completedOn,
      method: 'face-to-face',
      covered: a.covered,
      childInvolvedInCaring: a.childFoundCaring,
      ...eligibility,
    });
  }

  planAgreed(providerId: string, assessmentId: string, agreedOn: string) {
    return this.send(Topics.providerAssessmentActivity, providerId, ProviderSupportPlanAgreed.type, {
      providerId,
      assessmentId,
      agreedOn,
      directPayment: false,
      entryScores: scores(3),
    });
  }

  reviewed(providerId: string, assessmentId: string, completedOn: string, improved: boolean) {
    return this.send(Topics.providerAssessmentActivity, providerId, ProviderReviewCompleted.type, {
      providerId,
      assessmentId,
      reviewId: randomUUID(),
      reviewType: 'light-touch',
      completedOn,
      scores: scores(improved ? 4 : 3),
    });
  }

  monthlyReturn(providerId: string, period: string, measure: string, value: number, responses: number) {
    return this.send(Topics.providerMonthlyReturn, providerId, ProviderMonthlyReturn.type, {
      providerId,
      period,
      measure,
      value,
      responses,
    });
  }

  remedialPlan(providerId: string, caseId: string, actions: { actionId: string; description: string; ownerRole: string; dueOn: string }[]) {
    return this.send(Topics.providerRemedialPlan, providerId, ProviderRemedialPlanSubmitted.type, { providerId, caseId, actions });
  }

  /** The provider's system accepts a notice served on it (ADR 0026). */
  acceptNotice(providerId: string, noticeId: string) {
    return this.send(Topics.providerNoticeResponse, providerId, ProviderNoticeAnswered.type, { providerId, noticeId, answer: 'accept' });
  }
}
