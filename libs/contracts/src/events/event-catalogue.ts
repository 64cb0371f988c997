import {
  AssessmentClosed,
  AssessmentCommenced,
  AssessmentCompleted,
  AssessmentContacted,
  AssessmentRefused,
  AssessmentRequested,
  ClockOverdue,
  ClockWarningRaised,
  ReviewCompleted,
  SupportPlanAgreed,
  YoungCarerIdentified,
} from './assessments/assessment.v1';
import { CouncilClosureDayAdded, CouncilClosureDayRemoved } from './assessments/council-calendar.v1';
import { EventContract } from './event-contract';
import { BoardAlertRaised } from './escalation/board-alert.v1';
import {
  EscalationCaseClosed,
  EscalationCaseOpened,
  EscalationCasePaused,
  EscalationCaseResumed,
  EscalationNoticeAnswered,
  EscalationNoticeDisputeDecided,
  EscalationNoticeServed,
  EscalationStageChanged,
  RemedialPlanStatusChanged,
  ServiceCreditAccrued,
  ServiceCreditAdjusted,
  ServiceCreditWithheld,
  ServiceCreditReversed,
  ServiceCreditSettled,
} from './escalation/escalation-case.v1';
import { KpiBreached, KpiMeasured, KpiMonthClosed, KpiRecovered } from './performance/kpi-status.v1';
import { ContractTermsRecorded } from './performance/contract-terms.v1';
import { ProviderContractRecorded } from './performance/provider-registry.v1';
import { ProviderMonthlyReturn } from './provider/monthly-return.v1';
import {
  ProviderAssessmentCommenced,
  ProviderAssessmentCompleted,
  ProviderAssessmentContacted,
  ProviderReviewCompleted,
  ProviderSupportPlanAgreed,
} from './provider/assessment-activity.v1';
import { ProviderEventRejected } from './provider/provider-event-rejected.v1';
import { ProviderNoticeAnswered } from './provider/notice-response.v1';
import { ProviderRemedialActionCompleted, ProviderRemedialPlanSubmitted } from './provider/remedial-plan.v1';
import { ProbeRecorded } from './platform/probe-recorded.v1';
import {
  CarerAnonymised,
  CarerDeregistered,
  CarerMerged,
  CarerUpdated,
  CaringRelationshipEnded,
  CaringRelationshipStarted,
  ConsentChanged,
  ProviderAllocated,
  YoungCarerTransitionDue,
} from './registration/carer-lifecycle.v1';
import { CarerRegistered } from './registration/carer-registered.v1';
import { EmergencyPlanActivated, EmergencyPlanCreated, EmergencyPlanReviewDue } from './registration/emergency-plan.v1';

/** Every event type the platform knows, by its CloudEvents type. */
export const EVENT_CATALOGUE: readonly EventContract[] = [
  CarerRegistered,
  CarerUpdated,
  CarerDeregistered,
  CarerMerged,
  CarerAnonymised,
  ProviderAllocated,
  ConsentChanged,
  CaringRelationshipStarted,
  CaringRelationshipEnded,
  YoungCarerTransitionDue,
  EmergencyPlanCreated,
  EmergencyPlanActivated,
  EmergencyPlanReviewDue,
  AssessmentRequested,
  AssessmentContacted,
  AssessmentCommenced,
  AssessmentCompleted,
  AssessmentRefused,
  AssessmentClosed,
  SupportPlanAgreed,
  ReviewCompleted,
  YoungCarerIdentified,
  ClockWarningRaised,
  ClockOverdue,
  CouncilClosureDayAdded,
  CouncilClosureDayRemoved,
  KpiMeasured,
  KpiBreached,
  KpiRecovered,
  KpiMonthClosed,
  ProviderContractRecorded,
  ContractTermsRecorded,
  EscalationCaseOpened,
  EscalationStageChanged,
  EscalationCasePaused,
  EscalationCaseResumed,
  EscalationCaseClosed,
  ServiceCreditAccrued,
  ServiceCreditAdjusted,
  ServiceCreditWithheld,
  ServiceCreditReversed,
  ServiceCreditSettled,
  RemedialPlanStatusChanged,
  EscalationNoticeServed,
  EscalationNoticeAnswered,
  EscalationNoticeDisputeDecided,
  BoardAlertRaised,
  ProviderAssessmentContacted,
  ProviderAssessmentCommenced,
  ProviderAssessmentCompleted,
  ProviderSupportPlanAgreed,
  ProviderReviewCompleted,
  ProviderMonthlyReturn,
  ProviderRemedialPlanSubmitted,
  ProviderRemedialActionCompleted,
  ProviderNoticeAnswered,
  ProviderEventRejected,
  ProbeRecorded,
];

const byType = new Map(EVENT_CATALOGUE.map((c) => [c.type, c]));

export function contractFor(type: string): EventContract | undefined {
  return byType.get(type);
}
