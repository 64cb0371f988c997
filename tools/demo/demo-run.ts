// The demo: plays a compressed year for a council's consortium through the platform's public doors (HTTP for the
// council's staff, the provider.* Kafka topics for the members' own systems) and tells the story as it happens.
import { DevIssuer } from '@carers/platform/auth';
import { createKafka, createProviderKafka } from '@carers/platform/messaging';
import { onboardProvider } from '../provider/onboarding';
import { WILTSHIRE_CONSORTIUM, WILTSHIRE_CONSORTIUM_ID } from './demo-year';
import { LadderWatch } from './ladder-watch';
import { PlatformClient, PlatformUrls } from './platform-client';
import { Producer, ProviderSystems } from './provider-systems';
import { YearPlayer } from './year-player';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface DemoClock {
  startDay: string;
  anchorMs: number;
  secondsPerDay: number;
}

/**
 * One demo day lasts 0.6 s at speed 1: the year plays in under four minutes. The clock starts on the first of the
 * month a year ago and stands still there until `startsInMs` from now, while the services start.
 */
export function demoClock(speed: number, startsInMs = 0, now = new Date()): DemoClock {
  const start = new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), 1));
  return { startDay: start.toISOString().slice(0, 10), anchorMs: now.getTime() + startsInMs, secondsPerDay: 0.6 / speed };
}

/** What the services need to run on the demo clock. */
export function demoClockEnvironment(c: DemoClock): NodeJS.ProcessEnv {
  return {
    CARERS_TODAY: c.startDay,
    CARERS_CLOCK_ANCHOR: String(c.anchorMs),
    CARERS_DAY_SECONDS: String(c.secondsPerDay),
    LADDER_SCAN_SECONDS: '1',
    MONTH_CLOSE_SCAN_SECONDS: '5',
    CLOCK_SCAN_SECONDS: '5',
  };
}

/** The demo clock the services were given (see demoClockEnvironment), if they were. */
export function demoClockFromEnvironment(env: NodeJS.ProcessEnv): DemoClock | undefined {
  const [startDay, secondsPerDay, anchorMs] = [env['CARERS_TODAY'], env['CARERS_DAY_SECONDS'], env['CARERS_CLOCK_ANCHOR']];
  return startDay && secondsPerDay && anchorMs ? { startDay, anchorMs: Number(anchorMs), secondsPerDay: Number(secondsPerDay) } : undefined;
}

/** A positive number given on the command line as `--name value`, or the fallback. */
export function positiveOption(name: string, fallback: number, argv = process.argv): number {
  const i = argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!(value > 0)) throw new Error(`--${name} must be a positive number, e.g. --${name} ${fallback}`);
  return value;
}

export function urlsFromEnvironment(env = process.env): PlatformUrls {
  return {
    registration: env['REGISTRATION_URL'] ?? 'http://127.0.0.1:3001',
    assessments: env['ASSESSMENTS_URL'] ?? 'http://127.0.0.1:3002',
    performance: env['PERFORMANCE_URL'] ?? 'http://127.0.0.1:3003',
    escalation: env['ESCALATION_URL'] ?? 'http://127.0.0.1:3004',
  };
}

export interface DemoRun {
  carers: number;
  clock: DemoClock;
  urls: PlatformUrls;
  council?: string;
  epilogueDays?: number;
  topicPrefix?: string;
  say: (m: string) => void;
  /** Stops early, e.g. when a test has seen what it waits for. */
  stopWhen?: (story: string[]) => boolean;
}

export async function runDemo(run: DemoRun): Promise<{ story: string[]; counts: YearPlayer['counts'] }> {
  const council = run.council ?? 'E06000054';
  const platform = new PlatformClient(run.urls, council);
  const producers = await connectProviderSystems(run, council);
  const providers = new ProviderSystems(producers, council, run.topicPrefix);
  const player = new YearPlayer({ carers: run.carers, ...run.clock, epilogueDays: run.epilogueDays ?? 60 }, platform, providers, run.say);
  // the consortium's own figure is named as people know it too (issue 18)
  const names: Record<string, string> = {
    ...Object.fromEntries(WILTSHIRE_CONSORTIUM.map((m) => [m.providerId, m.name])),
    [WILTSHIRE_CONSORTIUM_ID]: 'Carers Together (the consortium)',
  };
  const watch = new LadderWatch(platform, providers, names, (m) => run.say(`${player.clock.today()}  ${m}`));
  try {
    await player.prepare();
    run.say(
      `playing a year for Wiltshire's consortium (${WILTSHIRE_CONSORTIUM.map((m) => m.name).join(', ')}) from ${run.clock.startDay}: ${run.carers} carers, one demo day every ${run.clock.secondsPerDay} s`,
    );
    run.say('Vale Family Support will slowly fall behind on starting assessments within 14 days; watch the platform notice and act.');
    let lastLook = 0;
    while (!player.finished && !run.stopWhen?.(watch.story)) {
      await player.catchUp(async (month) => {
        for (const m of WILTSHIRE_CONSORTIUM) {
          await providers.monthlyReturn(m.providerId, month, 'support-groups-run', 4 + (m.providerId.length % 3), 1);
          await providers.monthlyReturn(m.providerId, month, 'listened-to-and-respected', 4.2, 40);
        }
        const values = (
          await platform.expect('performance', 'GET', `/kpi-values?period=${month}&kpiId=assessment-commenced-14-days`, undefined, 200)
        ).values;
        const line = values
          .filter((v: any) => v.attribution === 'member')
          .map((v: any) => `${names[v.providerId] ?? v.providerId} ${v.value ?? '-'}% ${v.status}${v.breached ? ' (breach)' : ''}`);
        run.say(
          `${month} ended: ${player.counts.registered} carers registered, ${player.counts.requested} assessments requested, ${player.counts.providerEvents} provider reports so far. Commenced within 14 days: ${line.join('; ') || 'not enough data yet'}`,
        );
      });
      if (Date.now() - lastLook > 1000) {
        lastLook = Date.now();
        await watch
          .look(player.clock.today())
          .catch((error) => run.say(`could not read the board's view this time (${error.message}); trying again`));
      }
      await sleep(50);
    }
    await player.drain();
    await watch.look(player.clock.today()).catch((error) => run.say(`could not read the board's view at the end (${error.message})`));
    return { story: watch.story, counts: player.counts };
  } finally {
    for (const producer of producers.values()) await producer.disconnect();
  }
}

/**
 * The consortium is onboarded as a platform operator onboards any provider (npm run provider -- add), and each
 * member's system connects as its own Kafka user on the providers' listener, where it may write only its own topics.
 */
async function connectProviderSystems(run: DemoRun, council: string): Promise<Map<string, Producer>> {
  const token = await DevIssuer.open().sign({ role: 'platform-operator', tenant: council, subject: 'demo-operator', expiresIn: '1h' });
  const services = createKafka('demo-onboarding', () => undefined);
  const producers = new Map<string, Producer>();
  for (const m of WILTSHIRE_CONSORTIUM) {
    const credentials = (await onboardProvider(
      { providerId: m.providerId, name: m.name, councils: [{ councilId: council, consortiumId: WILTSHIRE_CONSORTIUM_ID, role: m.role }] },
      { performanceUrl: run.urls.performance, token, kafka: services, topicPrefix: run.topicPrefix, localCredential: true },
    ))!;
    const producer = createProviderKafka(`${m.providerId}-system`, credentials).producer({ allowAutoTopicCreation: false });
    await producer.connect();
    producers.set(m.providerId, producer);
  }
  run.say(
    `onboarded ${WILTSHIRE_CONSORTIUM.map((m) => m.name).join(', ')}: each member's system publishes as its own Kafka user on the providers' listener`,
  );
  return producers;
}
