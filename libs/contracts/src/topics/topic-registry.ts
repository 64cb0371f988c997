/**
 * Every topic on the platform, created explicitly by the project's setup (never auto-created).
 * Partition counts are chosen on purpose: keyed streams that carry most traffic get more partitions
 * so consumers can scale out; low-volume streams stay small to keep rebalances cheap.
 */
export interface TopicDefinition {
  readonly name: string;
  readonly partitions: number;
  /** How long the broker keeps an event (retention.ms), chosen per topic against the data-protection schedule (ADR 0013). */
  readonly retentionMs: number;
  readonly owner: 'registration' | 'assessments' | 'performance' | 'escalation' | 'provider' | 'platform';
  readonly key: string;
  readonly description: string;
  /**
   * A family of topics, one per provider, named `<name>.<provider id>` and created when the provider is onboarded.
   * The broker lets only that provider's user write (or read) its own, so the topic a message came on is its
   * sender (ADR 0014).
   */
  readonly perProvider?: true;
  /** Compacted: the broker keeps the latest event of every key for good (a registry any service can rebuild from). */
  readonly compacted?: true;
}

/** A provider id: its Kafka user's name and the last part of its topics' names (ADR 0014). */
export const PROVIDER_ID = /^[a-z0-9][a-z0-9-]{1,39}$/;

const DAY_MS = 24 * 3600_000;
/** Services' own streams: a financial year and its close, so any projection of this year or last can be rebuilt (ADR 0013). */
export const SERVICE_STREAM_RETENTION_MS = 400 * DAY_MS;
/** Inbound provider streams and rejections: refused input is parked in the consuming service's database anyway. */
export const PROVIDER_STREAM_RETENTION_MS = 30 * DAY_MS;

/**
 * Every topic's max.message.bytes, set on purpose: well above the largest event allowed (EVENT_LIMITS.maxBytes,
 * 64 KB), so an oversized event still reaches its consumer and is parked there with a reason (ADR 0012).
 */
export const TOPIC_MAX_MESSAGE_BYTES = 1024 * 1024;

/** The broker configuration every topic is created (and kept) with, locally and in k8s/base/kafka-topics.yaml. */
export function topicConfig(topic: TopicDefinition): Record<string, string> {
  return {
    'cleanup.policy': topic.compacted ? 'compact' : 'delete',
    'retention.ms': String(topic.retentionMs),
    'max.message.bytes': String(TOPIC_MAX_MESSAGE_BYTES),
  };
}

export const Topics = {
  registrationCarer: 'registration.carer.v1',
  registrationEmergencyPlan: 'registration.emergency-plan.v1',
  assessmentsAssessment: 'assessments.assessment.v1',
  assessmentsClock: 'assessments.clock.v1',
  assessmentsCalendar: 'assessments.calendar.v1',
  performanceKpiStatus: 'performance.kpi-status.v1',
  performanceProvider: 'performance.provider.v1',
  performanceContract: 'performance.contract.v1',
  escalationCase: 'escalation.case.v1',
  escalationBoardAlert: 'escalation.board-alert.v1',
  providerMonthlyReturn: 'provider.monthly-return.v1',
  providerRemedialPlan: 'provider.remedial-plan.v1',
  providerNoticeResponse: 'provider.notice-response.v1',
  providerRejections: 'provider.rejections.v1',
  providerAssessmentActivity: 'provider.assessment-activity.v1',
  platformProbe: 'platform.probe.v1',
} as const;

export const TOPIC_REGISTRY: readonly TopicDefinition[] = [
  {
    name: Topics.registrationCarer,
    partitions: 6,
    retentionMs: SERVICE_STREAM_RETENTION_MS,
    owner: 'registration',
    key: 'carer id',
    description: 'Lifecycle of a carer on the register (pseudonymous ids, codes and bands only).',
  },
  {
    name: Topics.registrationEmergencyPlan,
    partitions: 3,
    retentionMs: SERVICE_STREAM_RETENTION_MS,
    owner: 'registration',
    key: 'carer id',
    description: 'Emergency plans and cards: created, activated, due their six-monthly check (no contact details).',
  },
  {
    name: Topics.assessmentsAssessment,
    partitions: 6,
    retentionMs: SERVICE_STREAM_RETENTION_MS,
    owner: 'assessments',
    key: 'assessment id',
    description: 'Requests, assessments, support plans and reviews: their dates, types and outcomes (no content).',
  },
  {
    name: Topics.assessmentsClock,
    partitions: 3,
    retentionMs: SERVICE_STREAM_RETENTION_MS,
    owner: 'assessments',
    key: 'assessment id',
    description: 'Statutory and contractual timescales: a warning at 75% and an overdue event when they pass.',
  },
  {
    name: Topics.assessmentsCalendar,
    // few events, but three partitions so escalation, which reads it, can still run one consumer per zone
    partitions: 3,
    retentionMs: SERVICE_STREAM_RETENTION_MS,
    owner: 'assessments',
    key: 'council id | day',
    description: "Each council's own closure days, which its working-day clocks skip besides the bank holidays (ADR 0017).",
    // a register: the latest of every council's days stays for good, so a consumer can rebuild its copy at any time
    compacted: true,
  },
  {
    name: Topics.performanceKpiStatus,
    partitions: 6,
    retentionMs: SERVICE_STREAM_RETENTION_MS,
    owner: 'performance',
    key: 'provider id | KPI id',
    description: 'KPI values, RAG status, breaches and recoveries per provider (or consortium) and month, in order per provider and KPI.',
  },
  {
    name: Topics.performanceProvider,
    partitions: 1,
    retentionMs: SERVICE_STREAM_RETENTION_MS,
    owner: 'performance',
    key: 'provider id : council id',
    description:
      'The provider registry: which councils each provider holds a contract with, in which consortium and role; every service takes the councils a provider may report for from it (ADR 0014).',
    compacted: true,
  },
  {
    name: Topics.performanceContract,
    // a compacted register with few events; three partitions so escalation, which reads it, can run one consumer per zone
    partitions: 3,
    retentionMs: SERVICE_STREAM_RETENTION_MS,
    owner: 'performance',
    key: 'contract id : council id',
    description:
      "The contracts' register: each contract's annual value, term and service credit schedule, which escalation prices service credits on (ADR 0018).",
    compacted: true,
  },
  {
    name: Topics.escalationCase,
    partitions: 6,
    retentionMs: SERVICE_STREAM_RETENTION_MS,
    owner: 'escalation',
    key: 'case id',
    description:
      'Performance cases on the escalation ladder: opened, moved a stage, paused, credits accrued or waived, closed (ids, KPI codes and figures only).',
  },
  {
    name: Topics.escalationBoardAlert,
    partitions: 3,
    retentionMs: SERVICE_STREAM_RETENTION_MS,
    owner: 'escalation',
    key: 'council id',
    description: 'Alerts for the Performance and Outcomes Board: a case at board stage, a credit accrued, a plan failed, a case closed.',
  },
  {
    name: Topics.providerAssessmentActivity,
    perProvider: true,
    partitions: 6,
    retentionMs: PROVIDER_STREAM_RETENTION_MS,
    owner: 'provider',
    key: 'provider id',
    description: "Assessment activity published by consortium members' own systems (untrusted input).",
  },
  {
    name: Topics.providerMonthlyReturn,
    perProvider: true,
    partitions: 3,
    retentionMs: PROVIDER_STREAM_RETENTION_MS,
    owner: 'provider',
    key: 'provider id',
    description: "Consortium members' monthly returns for measures events cannot give (untrusted input).",
  },
  {
    name: Topics.providerRemedialPlan,
    perProvider: true,
    partitions: 3,
    retentionMs: PROVIDER_STREAM_RETENTION_MS,
    owner: 'provider',
    key: 'provider id',
    description: "Remedial action plans and milestone progress submitted by consortium members' own systems (untrusted input).",
  },
  {
    name: Topics.providerNoticeResponse,
    perProvider: true,
    partitions: 3,
    retentionMs: PROVIDER_STREAM_RETENTION_MS,
    owner: 'provider',
    key: 'provider id',
    description: "Consortium members' own systems accepting or disputing the notices served on them (untrusted input).",
  },
  {
    name: Topics.providerRejections,
    perProvider: true,
    partitions: 3,
    retentionMs: PROVIDER_STREAM_RETENTION_MS,
    owner: 'provider',
    key: 'provider id',
    description: 'Why an inbound provider event was refused, so the sending system (and only it) learns of it.',
  },
  {
    name: Topics.platformProbe,
    partitions: 6,
    retentionMs: DAY_MS,
    owner: 'platform',
    key: 'probe id',
    description: 'Synthetic events for benchmarks and delivery self-tests; no service acts on them in production.',
  },
];

export function topicDefinition(name: string): TopicDefinition | undefined {
  return TOPIC_REGISTRY.find((t) => t.name === name);
}

/** The topics of one provider's own: its three inbound streams and its rejections. */
export function providerTopics(providerId: string): string[] {
  return TOPIC_REGISTRY.filter((t) => t.perProvider).map((t) => providerTopic(t.name, providerId));
}

/** One provider's topic of a per-provider family, e.g. provider.monthly-return.v1.vale-family-support. */
export function providerTopic(family: string, providerId: string): string {
  if (!PROVIDER_ID.test(providerId)) throw new Error(`not a provider id: ${JSON.stringify(providerId.slice(0, 60))}`);
  if (!topicDefinition(family)?.perProvider) throw new Error(`${family} is not a per-provider topic family`);
  return `${family}.${providerId}`;
}

/** The family and provider of a provider's own topic; undefined for any other topic. */
export function providerTopicParts(topic: string): { family: string; providerId: string } | undefined {
  for (const t of TOPIC_REGISTRY) {
    if (t.perProvider && topic.startsWith(`${t.name}.`)) {
      const providerId = topic.slice(t.name.length + 1);
      return PROVIDER_ID.test(providerId) ? { family: t.name, providerId } : undefined;
    }
  }
  return undefined;
}
