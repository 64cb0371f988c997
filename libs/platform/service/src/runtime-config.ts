import { kafkaBrokers } from '@carers/platform/messaging';
import { DatabaseUrls, databaseUrls } from '@carers/platform/persistence';
import { MigrationInterface } from 'typeorm';
import { wholeNumberSetting } from './whole-number-setting';

export interface ServiceDefinition {
  /** The service's name: consumer group, CloudEvents source, database name stem. */
  name: string;
  defaultPort: number;
  migrations: (new () => MigrationInterface)[];
  entities?: Function[];
}

export interface RuntimeConfig {
  service: string;
  port: number;
  database: DatabaseUrls;
  brokers: string[];
  topicPrefix: string;
  groupId: string;
  runMigrations: boolean;
  /** Work waiting and nothing applied for this long: the consumer is reported stalled and restarted. */
  consumerStallMs: number;
  /** How long an event may wait for the step it follows before it is refused as `held-expired` (ADR 0027). */
  holdLimitSeconds: number;
}

export const RUNTIME_CONFIG = Symbol('RUNTIME_CONFIG');
export const SERVICE_DEFINITION = Symbol('SERVICE_DEFINITION');

let environment: NodeJS.ProcessEnv = process.env;

/** Lets a test or the dev launcher run a service against its own database, topics and group. */
export function useEnvironment(env: NodeJS.ProcessEnv): void {
  environment = env;
}

/** The environment the service being started reads (process.env unless a test or the launcher gave another). */
export function serviceEnvironment(): NodeJS.ProcessEnv {
  return environment;
}

export function runtimeConfig(definition: ServiceDefinition, env: NodeJS.ProcessEnv = environment): RuntimeConfig {
  const topicPrefix = env['KAFKA_TOPIC_PREFIX'] ?? '';
  return {
    service: definition.name,
    port: Number(env['PORT'] ?? definition.defaultPort),
    database: databaseUrls(definition.name, env),
    brokers: kafkaBrokers(env),
    topicPrefix,
    groupId: env['KAFKA_GROUP_ID'] ?? `${topicPrefix}${definition.name}`,
    runMigrations: env['RUN_MIGRATIONS'] !== 'false',
    consumerStallMs: Number(env['KAFKA_CONSUMER_STALL_SECONDS'] ?? 120) * 1000,
    holdLimitSeconds: wholeNumberSetting(env, 'HELD_EVENTS_LIMIT_SECONDS', 7 * 24 * 3600, 'of seconds'),
  };
}
