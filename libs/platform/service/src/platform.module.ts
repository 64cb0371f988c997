import { DynamicModule, Inject, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { AuthModule, ProviderRegistry, tokenVerifierFromEnv } from '@carers/platform/auth';
import {
  createKafka,
  DeadLetters,
  Kafka,
  InboxProcessor,
  Outbox,
  OutboxRelay,
  PLATFORM_MIGRATIONS,
  TopicHandlers,
} from '@carers/platform/messaging';
import { createLogger, JsonLogger, Metrics, Readiness } from '@carers/platform/observability';
import { createDataSource, migrate, UnitOfWork } from '@carers/platform/persistence';
import { TrustedProviderRegistry } from './trusted-provider-registry';
import { LiveStreamQuota } from './live-stream-quota';
import { PlatformGuard, rateLimitsFromEnv, SubjectThrottlerGuard, throttlerOptions } from './rate-limits';
import { ThrottlerModule } from '@nestjs/throttler';
import { DeadLettersController } from './dead-letters.controller';
import { ErrorResponseFilter } from './error-response.filter';
import { HealthController } from './health.controller';
import { MessagingRetentionJob } from './messaging-retention.job';
import { HeldEventsJob } from './held-events.job';
import { RUNTIME_CONFIG, RuntimeConfig, runtimeConfig, SERVICE_DEFINITION, ServiceDefinition, serviceEnvironment } from './runtime-config';

export const KAFKA = Symbol('KAFKA');

/** Wires the platform into one service: config, logs, metrics, health, database, outbox relay, inbox, admin. */
@Module({})
export class PlatformModule implements OnApplicationBootstrap, OnApplicationShutdown {
  static forService(definition: ServiceDefinition): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      imports: [
        AuthModule.forRoot(() => tokenVerifierFromEnv(serviceEnvironment())),
        ThrottlerModule.forRootAsync({ useFactory: () => throttlerOptions(rateLimitsFromEnv(serviceEnvironment())) }),
        DiscoveryModule,
      ],
      controllers: [HealthController, DeadLettersController],
      providers: [
        { provide: SERVICE_DEFINITION, useValue: definition },
        { provide: RUNTIME_CONFIG, useFactory: () => runtimeConfig(definition) },
        { provide: Metrics, useFactory: () => new Metrics(definition.name) },
        { provide: JsonLogger, useFactory: () => new JsonLogger(createLogger(definition.name)) },
        { provide: Readiness, useFactory: () => new Readiness() },
        {
          provide: DataSource,
          inject: [RUNTIME_CONFIG, JsonLogger],
          useFactory: async (config: RuntimeConfig, logger: JsonLogger) => {
            if (config.runMigrations) {
              const ran = await migrate(
                config.database.migrations,
                [...PLATFORM_MIGRATIONS, ...definition.migrations],
                config.database.appRole,
              );
              if (ran.length) logger.log({ msg: 'migrations applied', migrations: ran }, 'Database');
            }
            return createDataSource({
              url: config.database.app,
              entities: definition.entities,
              applicationName: definition.name,
            }).initialize();
          },
        },
        { provide: UnitOfWork, inject: [DataSource], useFactory: (ds: DataSource) => new UnitOfWork(ds) },
        { provide: LiveStreamQuota, useFactory: () => new LiveStreamQuota() },
        { provide: ProviderRegistry, inject: [DataSource], useFactory: (ds: DataSource) => new TrustedProviderRegistry(ds) },
        { provide: Outbox, useFactory: () => new Outbox({ source: definition.name }) },
        {
          provide: KAFKA,
          inject: [RUNTIME_CONFIG, JsonLogger],
          useFactory: (config: RuntimeConfig, logger: JsonLogger) =>
            createKafka(config.service, (level, entry) => logger.pino[level](entry), config.brokers),
        },
        {
          provide: OutboxRelay,
          inject: [RUNTIME_CONFIG, DataSource, KAFKA, Metrics, JsonLogger],
          useFactory: (config: RuntimeConfig, ds: DataSource, kafka: Kafka, metrics: Metrics, logger: JsonLogger) =>
            new OutboxRelay({
              service: config.service,
              pool: (ds.driver as PostgresDriver).master,
              lockUrl: config.database.app,
              kafka,
              metrics,
              topicPrefix: config.topicPrefix,
              log: (level, msg, extra) => logger.pino[level]({ context: 'OutboxRelay', ...extra }, msg),
            }),
        },
        TopicHandlers,
        {
          provide: InboxProcessor,
          inject: [RUNTIME_CONFIG, DataSource, TopicHandlers, Outbox, Metrics, JsonLogger],
          useFactory: (
            config: RuntimeConfig,
            ds: DataSource,
            handlers: TopicHandlers,
            outbox: Outbox,
            metrics: Metrics,
            logger: JsonLogger,
          ) =>
            new InboxProcessor({
              consumer: config.service,
              dataSource: ds,
              handlers,
              outbox,
              metrics,
              maxAttempts: Number(process.env['INBOX_MAX_ATTEMPTS'] ?? 3),
              holdLimitSeconds: config.holdLimitSeconds,
              log: (level, msg, extra) => logger.pino[level]({ context: 'Inbox', ...extra }, msg),
            }),
        },
        {
          provide: DeadLetters,
          inject: [DataSource, InboxProcessor],
          useFactory: (ds: DataSource, inbox: InboxProcessor) => new DeadLetters(ds, inbox),
        },
        { provide: APP_FILTER, useClass: ErrorResponseFilter },
        SubjectThrottlerGuard,
        { provide: APP_GUARD, useClass: PlatformGuard },
        MessagingRetentionJob,
        HeldEventsJob,
      ],
      exports: [
        RUNTIME_CONFIG,
        Metrics,
        JsonLogger,
        Readiness,
        DataSource,
        UnitOfWork,
        ProviderRegistry,
        LiveStreamQuota,
        Outbox,
        KAFKA,
        OutboxRelay,
        TopicHandlers,
        InboxProcessor,
        DeadLetters,
      ],
    };
  }

  constructor(
    private readonly relay: OutboxRelay,
    private readonly dataSource: DataSource,
    private readonly readiness: Readiness,
    @Inject(KAFKA) private readonly kafka: Kafka,
  ) {}

  onApplicationBootstrap() {
    this.readiness.register({ name: 'postgres', gatesTraffic: true, check: async () => void (await this.dataSource.query('SELECT 1')) });
    const admin = this.kafka.admin();
    let connected: Promise<void> | undefined;
    this.readiness.register({
      name: 'kafka',
      check: async () => {
        connected ??= admin.connect().catch((e) => {
          connected = undefined;
          throw e;
        });
        await connected;
        await admin.describeCluster().catch((e) => {
          connected = undefined;
          throw e;
        });
      },
    });
    this.readiness.register({
      name: 'outbox-relay',
      check: async () => {
        const backlog = await this.relay.backlog();
        const stalledFor = (Date.now() - this.relay.lastProgressAt) / 1000;
        if (this.relay.isLeader && backlog.count > 0 && stalledFor > 30) {
          throw new Error(`${backlog.count} events waiting and nothing published for ${Math.round(stalledFor)} s`);
        }
      },
    });
    this.closeAdmin = () => admin.disconnect();
    this.relay.start();
    this.backlogTimer = setInterval(() => void this.relay.backlog().catch(() => undefined), 15_000).unref();
  }

  private backlogTimer?: NodeJS.Timeout;

  private closeAdmin?: () => Promise<void>;

  /** Runs after Nest has closed HTTP and the consumer (which may still have written outbox rows). */
  async onApplicationShutdown() {
    clearInterval(this.backlogTimer);
    await this.relay.stop();
    await this.closeAdmin?.().catch(() => undefined);
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
