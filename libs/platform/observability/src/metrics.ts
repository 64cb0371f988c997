import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** One Prometheus registry per service, with process metrics and the platform's own instruments. */
export class Metrics {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly outboxBacklog = new Gauge({ name: 'outbox_backlog', help: 'Outbox rows not yet published', registers: [this.registry] });
  readonly outboxOldestAge = new Gauge({
    name: 'outbox_oldest_age_seconds',
    help: 'Age of the oldest unpublished outbox row',
    registers: [this.registry],
  });
  readonly relayPublishLatency = new Histogram({
    name: 'outbox_relay_publish_latency_seconds',
    help: 'From outbox commit to broker acknowledgement',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 30],
    registers: [this.registry],
  });
  readonly outboxParked = new Counter({
    name: 'outbox_parked_total',
    help: 'Outbox rows the broker can never accept, parked unpublished (alert on any)',
    labelNames: ['topic'] as const,
    registers: [this.registry],
  });
  readonly eventsPublished = new Counter({
    name: 'events_published_total',
    help: 'Events published by the relay',
    labelNames: ['topic'] as const,
    registers: [this.registry],
  });
  readonly eventsApplied = new Counter({
    name: 'events_applied_total',
    help: 'Events applied by a consumer',
    labelNames: ['topic', 'type'] as const,
    registers: [this.registry],
  });
  readonly inboxDuplicates = new Counter({
    name: 'inbox_duplicates_skipped_total',
    help: 'Deliveries skipped because the inbox had seen the event',
    labelNames: ['topic'] as const,
    registers: [this.registry],
  });
  readonly deadLetters = new Counter({
    name: 'dead_letters_total',
    help: 'Messages parked in the dead-letter table',
    labelNames: ['topic', 'reason'] as const,
    registers: [this.registry],
  });
  readonly eventsHeld = new Counter({
    name: 'events_held_total',
    help: 'Events held because they arrived before the step they follow (ADR 0027)',
    labelNames: ['topic'] as const,
    registers: [this.registry],
  });
  readonly handlerDuration = new Histogram({
    name: 'event_handler_duration_seconds',
    help: 'Time to apply one event (inbox insert plus effect)',
    labelNames: ['topic'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5],
    registers: [this.registry],
  });
  readonly authMode = new Gauge({
    name: 'auth_mode',
    help: 'Which tokens the service trusts: 1 for the mode in force (oidc: the council issuer; dev: the local dev issuer, never in production)',
    labelNames: ['mode'],
    registers: [this.registry],
  });
  readonly consumerStalled = new Gauge({
    name: 'kafka_consumer_stalled',
    help: '1 while work waits and the consumer applies nothing (it is restarted; alert if it stays 1)',
    registers: [this.registry],
  });
  readonly consumerRestarts = new Counter({
    name: 'kafka_consumer_restarts_total',
    help: 'Consumers replaced by the watchdog after a stall',
    registers: [this.registry],
  });
  readonly consumerLag = new Gauge({
    name: 'kafka_consumer_lag',
    help: 'Messages behind the partition high watermark',
    labelNames: ['topic', 'partition'] as const,
    registers: [this.registry],
  });

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
  }
}
