import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { TokenVerifier } from '@carers/platform/auth';
import { InboxKafkaServer, InboxProcessor, Kafka, TopicHandlers } from '@carers/platform/messaging';
import { JsonLogger, Metrics, Readiness } from '@carers/platform/observability';
import { httpContextMiddleware } from './http-context.middleware';
import { routeListeners } from './listener-routes';
import { KAFKA } from './platform.module';
import { RUNTIME_CONFIG, RuntimeConfig } from './runtime-config';
import { REQUEST_LIMITS, requestBoundsMiddleware } from './request-bounds.middleware';
import { requestValidationPipe } from './validation.pipe';
import { securityHeaders } from './security-headers';

export interface RunningService {
  app: INestApplication;
  consumer: InboxKafkaServer;
  config: RuntimeConfig;
  url: string;
}

/** Starts one service: HTTP API (with docs, health and metrics) and its Kafka consumer through the inbox. */
export async function bootstrapService(
  appModule: Type<unknown>,
  options: { title: string; listen?: boolean } = { title: 'Carers platform' },
): Promise<RunningService> {
  const app = await NestFactory.create<NestExpressApplication>(appModule, { bufferLogs: true });
  const logger = app.get(JsonLogger);
  app.useLogger(logger);
  const config = app.get<RuntimeConfig>(RUNTIME_CONFIG);
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.use(httpContextMiddleware(logger.pino, app.get(Metrics)));
  app.useBodyParser('json', { limit: REQUEST_LIMITS.maxBodyBytes });
  app.use(requestBoundsMiddleware());
  app.useGlobalPipes(requestValidationPipe());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(options.title)
      .setDescription(`The ${config.service} service of the carers platform.`)
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });

  const metrics = app.get(Metrics);
  routeListeners(app, app.get(TopicHandlers));
  const consumer = new InboxKafkaServer({
    kafka: app.get<Kafka>(KAFKA),
    groupId: config.groupId,
    topicPrefix: config.topicPrefix,
    processor: app.get(InboxProcessor),
    handlers: app.get(TopicHandlers),
    log: (level, msg) => logger.pino[level]({ context: 'Consumer' }, msg),
    onLag: (topic, partition, lag) => metrics.consumerLag.set({ topic, partition: String(partition) }, lag),
    stallAfterMs: config.consumerStallMs,
    checkEveryMs: Math.min(15_000, Math.max(500, config.consumerStallMs / 4)),
    onProgress: ({ stalled, restarted }) => {
      metrics.consumerStalled.set(stalled ? 1 : 0);
      if (restarted) metrics.consumerRestarts.inc();
    },
  });
  app.connectMicroservice({ strategy: consumer });
  // advisory: a stalled consumer is reported here, in kafka_consumer_stalled and the log, and restarted; the API keeps serving
  app.get(Readiness).register({
    name: 'kafka-consumer',
    check: async () => {
      if (consumer.subscribedTopics.length === 0) return;
      if (consumer.state !== 'running') throw new Error(`consumer is ${consumer.state}`);
      const { total, stalled } = await consumer.lag();
      if (stalled) throw new Error(`${total} messages waiting and no batch applied for over ${config.consumerStallMs / 1000} s`);
    },
  });
  await app.startAllMicroservices();
  await app.listen(options.listen === false ? 0 : config.port, '0.0.0.0');
  const address = app.getHttpServer().address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : config.port}`;
  if (options.listen !== false) stopOnSignals(app, logger);
  const authMode = app.get(TokenVerifier).mode;
  metrics.authMode.set({ mode: authMode }, 1);
  logger.log({ msg: `${config.service} ready`, url, docs: `${url}/docs`, authMode, topics: consumer.subscribedTopics }, 'Bootstrap');
  if (authMode === 'dev')
    logger.warn({ msg: 'trusting the local dev issuer (AUTH_MODE=dev): for development and tests only' }, 'Bootstrap');
  return { app, consumer, config, url };
}

/** SIGTERM or SIGINT: stop taking HTTP requests and Kafka messages, finish what is in flight, close connections, exit 0. */
function stopOnSignals(app: INestApplication, logger: JsonLogger) {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log({ msg: 'stopping: no new work taken, finishing in-flight work', signal }, 'Shutdown');
    const force = setTimeout(() => {
      logger.error({ msg: 'in-flight work did not finish within 25 s; exiting anyway' }, undefined, 'Shutdown');
      process.exit(1);
    }, 25_000);
    try {
      await app.close();
      logger.log({ msg: 'stopped cleanly' }, 'Shutdown');
      clearTimeout(force);
      process.exit(0);
    } catch (error) {
      logger.error(error, undefined, 'Shutdown');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}
