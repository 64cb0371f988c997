#!/usr/bin/env node
// The project's own single-node Apache Kafka (KRaft) for development and tests, from the official jars
// fetched from Maven Central by ./pom.xml. If KAFKA_BROKERS is set, that broker is used and nothing starts.
// It has two listeners: the services' own (PLAINTEXT, PORT) and the providers' (SASL/SCRAM-SHA-512 with ACLs,
// PROVIDER_PORT), the one consortium members' systems use (ADR 0014).
//   node tools/kafka/kafka.js start|stop|status|fetch|reset
//   node tools/kafka/kafka.js scram-user <name> <password>   (a SCRAM-SHA-512 credential on the local broker)
const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const VERSION = /<kafka\.version>([^<]+)</.exec(fs.readFileSync(path.join(__dirname, 'pom.xml'), 'utf8'))[1];
const CACHE = path.join(__dirname, '.cache', VERSION);
const LIBS = path.join(CACHE, 'libs');
const DATA = process.env.KAFKA_DATA_DIR || path.join(__dirname, 'data');
const PORT = Number(process.env.KAFKA_PORT || 9092);
const PROVIDER_PORT = PORT + 2;

/** Where one local broker listens and keeps its data; tests run a second one on another port. */
function brokerLayout(port = PORT, dataDir = DATA) {
  return {
    port,
    controllerPort: port + 1,
    providerPort: port + 2,
    dataDir,
    pidFile: path.join(dataDir, 'broker.pid'),
    logFile: path.join(dataDir, 'broker.log'),
  };
}
const DEFAULT = brokerLayout();
const PID_FILE = DEFAULT.pidFile;

function kafkaBrokers() {
  return (process.env.KAFKA_BROKERS || `127.0.0.1:${PORT}`)
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
}

function fetchJars(log) {
  if (['kafka_2.13', 'kafka-tools'].every((jar) => fs.existsSync(path.join(LIBS, `${jar}-${VERSION}.jar`)))) return;
  log(`fetching Apache Kafka ${VERSION} jars from Maven Central (first run only) ...`);
  try {
    execFileSync(
      'mvn',
      [
        '-q',
        '-B',
        '-f',
        path.join(__dirname, 'pom.xml'),
        'dependency:copy-dependencies',
        `-DoutputDirectory=${LIBS}`,
        '-DincludeScope=runtime',
      ],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
  } catch (error) {
    fs.rmSync(LIBS, { recursive: true, force: true });
    throw new Error(
      `could not fetch the Kafka jars with Maven (${error.message}). Check that mvn is installed and Maven Central is reachable, or set KAFKA_BROKERS to an existing broker.`,
    );
  }
}

function java(args, options) {
  const javaBin = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin/java') : 'java';
  return [
    javaBin,
    [
      '-Xms256m',
      '-Xmx768m',
      '-XX:+UseG1GC',
      '-XX:MaxGCPauseMillis=20',
      '-Djava.awt.headless=true',
      `-Dlog4j2.configurationFile=${path.join(__dirname, 'log4j2.yaml')}`,
      '-cp',
      `${LIBS}/*`,
      ...args,
    ],
    options,
  ];
}

function writeConfig(layout) {
  fs.mkdirSync(layout.dataDir, { recursive: true });
  const template = fs.readFileSync(path.join(__dirname, 'server.properties'), 'utf8');
  const config = template
    .replaceAll('${port}', String(layout.port))
    .replaceAll('${controllerPort}', String(layout.controllerPort))
    .replaceAll('${providerPort}', String(layout.providerPort))
    .replaceAll('${dataDir}', layout.dataDir);
  const file = path.join(layout.dataDir, 'server.properties');
  fs.writeFileSync(file, config);
  return file;
}

function formatStorage(layout, configFile, log) {
  if (fs.existsSync(path.join(layout.dataDir, 'logs', 'meta.properties'))) return;
  log('formatting KRaft storage ...');
  const [bin, args] = java([
    'kafka.tools.StorageTool',
    'format',
    '--config',
    configFile,
    '--cluster-id',
    'Y2FyZXJzLWxvY2FsLWthZg',
    '--ignore-formatted',
  ]);
  execFileSync(bin, args, { stdio: ['ignore', 'ignore', 'inherit'] });
}

function isPortOpen(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** Answers when the broker serves a metadata request (not just an open port). */
async function waitForMetadata(brokers, timeoutMs, isAlive) {
  process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';
  const { Kafka, logLevel } = require('kafkajs');
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    if (isAlive && !isAlive()) break;
    const admin = new Kafka({
      clientId: 'kafka-ready-check',
      brokers,
      logLevel: logLevel.NOTHING,
      retry: { retries: 0 },
      connectionTimeout: 1000,
    }).admin();
    try {
      await admin.connect();
      await admin.fetchTopicMetadata({ topics: [] });
      const cluster = await admin.describeCluster();
      await admin.disconnect();
      if (cluster.brokers.length) return;
    } catch (error) {
      lastError = error;
      await admin.disconnect().catch(() => undefined);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Kafka at ${brokers.join(',')} did not answer a metadata request${lastError ? ` (${lastError.message})` : ''}`);
}

/**
 * A new broker answers metadata before its group and transaction coordinators have loaded; the first
 * consumer group and idempotent producer would then log COORDINATOR_LOAD_IN_PROGRESS. Wait for both here.
 */
async function warmUpCoordinators(brokers) {
  const { Kafka, logLevel } = require('kafkajs');
  const kafka = new Kafka({
    clientId: 'kafka-warm-up',
    brokers,
    logLevel: logLevel.NOTHING,
    retry: { retries: 30, initialRetryTime: 200, maxRetryTime: 1000 },
  });
  const admin = kafka.admin();
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  try {
    await admin.connect();
    await admin.describeGroups(['carers-warm-up']);
    await producer.connect();
  } finally {
    await producer.disconnect().catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
  }
}

function readPid(pidFile = PID_FILE) {
  try {
    const pid = Number(fs.readFileSync(pidFile, 'utf8'));
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

function tail(file, lines = 20) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function startBroker(log, { detached = false, layout = DEFAULT } = {}) {
  fetchJars(log);
  if (process.env.KAFKA_FRESH === '1') fs.rmSync(layout.dataDir, { recursive: true, force: true });
  const configFile = writeConfig(layout);
  formatStorage(layout, configFile, log);
  log(`starting Apache Kafka ${VERSION} (KRaft, single node) on 127.0.0.1:${layout.port} ...`);
  const out = fs.openSync(layout.logFile, 'a');
  const [bin, args] = java(['kafka.Kafka', configFile]);
  const child = spawn(bin, args, { stdio: ['ignore', out, out], detached: true });
  fs.closeSync(out);
  fs.writeFileSync(layout.pidFile, String(child.pid));
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  if (detached) child.unref();
  const started = Date.now();
  try {
    await waitForMetadata([`127.0.0.1:${layout.port}`], 90_000, () => !exited);
    await warmUpCoordinators([`127.0.0.1:${layout.port}`]);
  } catch (error) {
    await stopPid(child.pid, layout.pidFile);
    throw new Error(
      `${error.message}. The broker log (${layout.logFile}) ends with:\n${tail(layout.logFile)}\n` +
        'If the storage is damaged, run `node tools/kafka/kafka.js reset` and try again.',
    );
  }
  log(`Kafka ready in ${((Date.now() - started) / 1000).toFixed(1)} s (log: ${path.relative(process.cwd(), layout.logFile)})`);
  return child.pid;
}

/** A broker of its own on another port and data dir (the outage test stops and restarts it). */
async function startPrivateBroker({ port, dataDir, log = () => undefined }) {
  const layout = brokerLayout(port, dataDir);
  const pid = await startBroker(log, { layout });
  return { brokers: [`127.0.0.1:${port}`], pid, stop: () => stopPid(pid, layout.pidFile) };
}

async function stopPid(pid, pidFile = PID_FILE, graceMs = 30_000) {
  if (!pid) return;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      break;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
  if (readPid(pidFile) === undefined) fs.rmSync(pidFile, { force: true });
}

/**
 * Makes sure a broker answers: KAFKA_BROKERS if set; else one already running on the port; else our own.
 * Returns stop(), which stops the broker only if this call started it.
 */
async function ensureKafka({ log = console.log } = {}) {
  if (process.env.KAFKA_BROKERS) {
    const brokers = kafkaBrokers();
    try {
      await waitForMetadata(brokers, 20_000);
    } catch (error) {
      throw new Error(`${error.message}. KAFKA_BROKERS is set, so no local broker is started: check that address or unset KAFKA_BROKERS.`);
    }
    log(`using the Kafka broker(s) given in KAFKA_BROKERS: ${brokers.join(',')}`);
    return { brokers, started: false, stop: async () => undefined };
  }
  const brokers = [`127.0.0.1:${PORT}`];
  if (await isPortOpen(PORT)) {
    await waitForMetadata(brokers, 30_000);
    if (!(await isPortOpen(PROVIDER_PORT))) {
      throw new Error(
        `the broker on 127.0.0.1:${PORT} has no providers' listener on ${PROVIDER_PORT} (it was started by an older checkout): run npm run kafka:stop, then try again`,
      );
    }
    log(`reusing the Kafka broker already running on 127.0.0.1:${PORT}`);
    return { brokers, started: false, stop: async () => undefined };
  }
  const pid = await startBroker(log);
  return { brokers, started: true, stop: () => stopPid(pid) };
}

/**
 * Gives a user a SCRAM-SHA-512 credential on the broker (through the services' listener, whose principal is a
 * super user), with Kafka's own ConfigCommand. In Kubernetes the Strimzi User Operator does this from a KafkaUser.
 */
function setScramCredential(name, password, brokers = kafkaBrokers()) {
  if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(name))
    throw new Error(`a SCRAM user name is a provider id (lower-case letters, digits, hyphens), not ${JSON.stringify(name)}`);
  if (typeof password !== 'string' || password.length < 16) throw new Error('a SCRAM password must have at least 16 characters');
  fetchJars(() => undefined);
  const [bin, args] = java([
    'org.apache.kafka.tools.ConfigCommand',
    '--bootstrap-server',
    brokers.join(','),
    '--alter',
    '--entity-type',
    'users',
    '--entity-name',
    name,
    '--add-config',
    `SCRAM-SHA-512=[iterations=8192,password=${password}]`,
  ]);
  try {
    execFileSync(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    throw new Error(
      `Kafka's ConfigCommand could not set the SCRAM credential of ${name}: ${String(error.stderr || error.message)
        .trim()
        .split('\n')
        .slice(-3)
        .join(' ')}`,
    );
  }
}

/** Where provider systems connect on the local broker (SASL/SCRAM with ACLs). */
function providerBrokers() {
  return (process.env.KAFKA_PROVIDER_BROKERS || `127.0.0.1:${PROVIDER_PORT}`)
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
}

async function stopKafka() {
  await stopPid(readPid());
}

module.exports = { ensureKafka, stopKafka, startPrivateBroker, kafkaBrokers, providerBrokers, setScramCredential, KAFKA_VERSION: VERSION };

if (require.main === module) {
  const command = process.argv[2] || 'status';
  const log = (m) => console.log(`[kafka] ${m}`);
  (async () => {
    switch (command) {
      case 'fetch':
        fetchJars(log);
        log(`jars in ${LIBS}`);
        break;
      case 'start':
        if (await isPortOpen(PORT)) {
          log(`a broker already answers on 127.0.0.1:${PORT}`);
          break;
        }
        await startBroker(log, { detached: true });
        log(`running in the background (pid ${readPid()}); stop it with: npm run kafka:stop`);
        break;
      case 'stop':
        await stopKafka();
        log('stopped');
        break;
      case 'reset':
        await stopKafka();
        fs.rmSync(DATA, { recursive: true, force: true });
        log(`stopped and wiped ${DATA}`);
        break;
      case 'scram-user':
        setScramCredential(process.argv[3], process.argv[4]);
        log(`SCRAM-SHA-512 credential set for ${process.argv[3]}`);
        break;
      case 'status':
        log(
          readPid()
            ? `running (pid ${readPid()}) on 127.0.0.1:${PORT}`
            : (await isPortOpen(PORT))
              ? `something else answers on ${PORT}`
              : 'not running',
        );
        break;
      default:
        console.error('usage: node tools/kafka/kafka.js start|stop|status|fetch|reset|scram-user <name> <password>');
        process.exit(2);
    }
  })().catch((error) => {
    console.error(`[kafka] ${error.message}`);
    process.exit(1);
  });
}
