import { Type } from '@nestjs/common';
import { bootstrapService, RunningService, ServiceDefinition, useEnvironment } from '@carers/platform/service';
import { DataSource } from 'typeorm';
import { Topics } from '@carers/contracts';
import { cloneServiceDatabase } from './test-databases';
import { isolatedTopics } from './test-topics';

export interface ServiceUnderTest extends RunningService {
  prefix: string;
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/** A spec makes every request with one token, so the per-subject rate limits (issue 21, finding 7) are lifted unless it sets them. */
export const LIFTED_RATE_LIMITS = { RATE_LIMIT_PER_MINUTE: '1000000', RATE_LIMIT_SENSITIVE_PER_MINUTE: '1000000' };

/** Boots a service in this process with the real wiring, its own cloned database and its own topics. */
export async function startServiceUnderTest(
  appModule: Type<unknown>,
  definition: ServiceDefinition,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<ServiceUnderTest> {
  const db = await cloneServiceDatabase(definition);
  const topics = extraEnv['KAFKA_TOPIC_PREFIX']
    ? { prefix: extraEnv['KAFKA_TOPIC_PREFIX'], env: {} }
    : await isolatedTopics(definition.name);
  // tests trust the local dev issuer, by name (issue 21, finding 3), and post webhooks to receivers on 127.0.0.1,
  // which only this development setting allows (finding 5); a spec that checks the refusals sets it to 'false'.
  const env = {
    ...process.env,
    AUTH_MODE: 'dev',
    WEBHOOK_ALLOW_PRIVATE: 'true',
    ...LIFTED_RATE_LIMITS,
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
    PORT: '0',
    ...db.env,
    ...topics.env,
    ...extraEnv,
  };
  useEnvironment(env);
  const running = await bootstrapService(appModule, { title: definition.name, listen: false });
  useEnvironment(process.env);
  // a service that takes provider input acts on it only once it knows the providers' contracts
  if (running.consumer.subscribedTopics.includes(Topics.performanceProvider)) {
    const ds = running.app.get(DataSource);
    await eventually(async () => ((await ds.query(`SELECT count(*)::int AS n FROM trusted_provider`))[0].n > 0 ? true : undefined), 30_000);
  }
  return {
    ...running,
    prefix: topics.prefix,
    env,
    stop: async () => {
      await running.app.close();
      await db.drop();
    },
  };
}

/** Polls until the check returns a value (not undefined) or the time runs out. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 15_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`condition not met within ${timeoutMs} ms${lastError ? `: ${(lastError as Error).message}` : ''}`);
}

/** Waits until an assertion passes, retrying it while it throws. */
export function eventuallyPasses(assertion: () => void | Promise<void>, timeoutMs = 20_000): Promise<true> {
  return eventually(async () => (await assertion(), true as const), timeoutMs);
}
