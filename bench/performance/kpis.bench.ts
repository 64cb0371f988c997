// KPI benchmark: npm run bench:kpis [-- --carers 34000 --rate 20,100 --probes 200]
// (a) a year of KPIs for a council's register and its assessments recomputed from scratch (target <= 10 s);
// (b) under steady background streams of assessment events (20 and 100 events/s by default), the time from one event
//     being published to its KPI recomputed in performance and to its update on the KPI-status topic, p50/p99
//     (target p99 <= 100 ms).
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { AssessmentCommenced, AssessmentRequested, Topics } from '@carers/contracts';
import { createKafka } from '@carers/platform/messaging';
import { UnitOfWork } from '@carers/platform/persistence';
import { eventMessage, startServiceUnderTest } from '@carers/testing';
import { AppModule } from '../../apps/performance/src/app.module';
import { RecomputeKpisHandler } from '../../apps/performance/src/kpis/application/recompute-kpis.handler';
import { PERFORMANCE } from '../../apps/performance/src/service';
import { numberArg as arg, benchLog as log, percentile as pct, numbersArg } from '../bench-cli';

const { ensureKafka } = require(join(process.cwd(), 'tools/kafka/kafka.js'));
const CARERS = arg('carers', 34_000);
// events/s of other members' work in the background, one run per rate (a council of 34,000 carers sees well under one event a second)
const RATES = numbersArg('rate', [20, 100]);
const PROBES = arg('probes', 200);
const WILTSHIRE = 'E06000054';
const PROVIDERS = ['carers-together', 'downs-carers-trust', 'vale-family-support'];
const day = (offset: number) => new Date(Date.now() - offset * 86_400_000).toISOString().slice(0, 10);

async function seed(uow: UnitOfWork) {
  // what the projections hold after a year: every carer on the register and one assessment each, most commenced, many with plans and reviews
  for (let i = 0; i < CARERS; i += 5000) {
    const n = Math.min(5000, CARERS - i);
    const ids = Array.from({ length: n }, () => randomUUID());
    const provider = (j: number) => PROVIDERS[(i + j) % 3];
    const requested = ids.map((_, j) => day(20 + ((i + j) % 340)));
    await uow.run(WILTSHIRE, async (tx) => {
      await tx.query(
        `INSERT INTO carer_fact (carer_id, tenant_id, provider_id, registered_on, gp_consent, emergency_plan_on)
                      SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::date[], $5::bool[], $6::date[])`,
        [
          ids,
          ids.map(() => WILTSHIRE),
          ids.map((_, j) => provider(j)),
          requested,
          ids.map((_, j) => j % 3 > 0),
          ids.map((_, j) => (j % 4 ? null : requested[j])),
        ],
      );
      await tx.query(
        `INSERT INTO assessment_fact (assessment_id, tenant_id, provider_id, fast_track, requested_on, contacted_on, commenced_on, completed_on, plan_agreed_on)
                      SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::bool[], $5::date[], $6::date[], $7::date[], $8::date[], $9::date[])`,
        [
          ids,
          ids.map(() => WILTSHIRE),
          ids.map((_, j) => provider(j)),
          ids.map((_, j) => j % 10 === 0),
          requested,
          requested.map((d, j) => addDays(d, 1 + (j % 12))),
          requested.map((d, j) => (j % 11 ? addDays(d, 3 + (j % 19)) : null)),
          requested.map((d, j) => (j % 11 ? addDays(d, 8 + (j % 19)) : null)),
          requested.map((d, j) => (j % 11 && j % 5 ? addDays(d, 12 + (j % 23)) : null)),
        ],
      );
      const reviewed = ids.filter((_, j) => j % 11 && j % 5 && j % 2);
      await tx.query(
        `INSERT INTO review_fact (review_id, tenant_id, assessment_id, provider_id, review_type, due_on, completed_on, improved)
                      SELECT gen_random_uuid(), $2, a.assessment_id, a.provider_id, 'light-touch', a.plan_agreed_on + 84, a.plan_agreed_on + 80 + (random() * 10)::int, random() < 0.6
                        FROM assessment_fact a WHERE a.assessment_id = ANY($1::uuid[]) AND a.plan_agreed_on + 90 < now()::date`,
        [reviewed, WILTSHIRE],
      );
    });
  }
}

function addDays(d: string, n: number) {
  return new Date(Date.parse(d) + n * 86_400_000).toISOString().slice(0, 10);
}

async function main() {
  await ensureKafka({ log });
  const service = await startServiceUnderTest(AppModule, PERFORMANCE, {
    CARERS_COUNCILS: WILTSHIRE,
    LOG_LEVEL: process.env['BENCH_SERVICE_LOG'] ?? 'warn',
  });
  const uow = service.app.get(UnitOfWork);
  log(`seeding the projections with ${CARERS} carers and their assessments ...`);
  await seed(uow);
  // a year's projections would have planner statistics long before now; freshly bulk-loaded ones do not yet
  await uow.run(WILTSHIRE, (tx) => tx.query(`ANALYZE`));
  log(`(a) tallying every fact again and recomputing every KPI for the last 12 months, three members and the consortium ...`);
  const started = Date.now();
  const { months } = await service.app.get(RecomputeKpisHandler).execute({ tenantId: WILTSHIRE, months: 12 });
  const fullSeconds = (Date.now() - started) / 1000;
  log(`(a) months ${months[0]}..${months[11]}`);
  const [{ n }] = await uow.run(WILTSHIRE, (tx) => tx.query(`SELECT count(*)::int AS n FROM kpi_value`));
  log(`(a) ${n} KPI values in ${fullSeconds.toFixed(2)} s`);

  const kafka = createKafka('bench-kpis', () => undefined);
  const producer = kafka.producer();
  await producer.connect();
  const reader = kafka.consumer({ groupId: `${service.prefix}bench-reader` });
  await reader.connect();
  await reader.subscribe({ topic: service.prefix + Topics.performanceKpiStatus, fromBeginning: false });
  const seen = new Map<number, number>();
  const measuredAt = new Map<number, number>();
  await reader.run({
    eachMessage: async ({ message }) => {
      if (message.key?.toString() !== 'vale-family-support|assessment-commenced-14-days') return;
      const e = JSON.parse(message.value!.toString());
      if (e.type === 'performance.kpi.measured' && e.data.period === day(0).slice(0, 7) && !seen.has(e.data.denominator)) {
        seen.set(e.data.denominator, Date.now());
        measuredAt.set(e.data.denominator, Date.parse(e.data.measuredAt));
      }
    },
  });
  await new Promise((r) => setTimeout(r, 3000));
  const envelope = (type: string, key: string, data: object) =>
    eventMessage(type, data, { key, source: 'assessments', tenant: WILTSHIRE, correlationId: 'bench' });
  const assessment = (providerId: string) => {
    const id = randomUUID();
    const base = { assessmentId: id, carerId: randomUUID(), providerId, assessmentType: 'carer', fastTrack: false, requestedOn: day(3) };
    return [
      envelope(AssessmentRequested.type, id, { ...base, route: 'council-officer' }),
      envelope(AssessmentCommenced.type, id, { ...base, commencedOn: day(0) }),
    ];
  };

  /** Probes one after another while the other two members' assessments (two events each) arrive evenly at `rate` events/s. */
  const probeAt = async (rate: number) => {
    log(`(b) steady background stream of ${rate} events/s, ${PROBES} probes on Vale Family Support ...`);
    let running = true;
    const background = (async () => {
      const every = 2000 / rate;
      const started = Date.now();
      for (let k = 0; running; k++) {
        await producer.send({ topic: service.prefix + Topics.assessmentsAssessment, messages: assessment(PROVIDERS[k % 2]) });
        await new Promise((r) => setTimeout(r, Math.max(0, started + (k + 1) * every - Date.now())));
      }
    })();
    await new Promise((r) => setTimeout(r, 2000));
    const [{ base }] = await uow.run(WILTSHIRE, (tx) =>
      tx.query(
        `SELECT COALESCE(denominator, 0)::int AS base FROM kpi_value WHERE kpi_id = 'assessment-commenced-14-days' AND provider_id = 'vale-family-support' AND period = $1`,
        [day(0).slice(0, 7)],
      ),
    );
    const sent = new Map<number, number>();
    for (let i = 1; i <= PROBES; i++) {
      const expected = (base ?? 0) + i;
      sent.set(expected, Date.now());
      await producer.send({ topic: service.prefix + Topics.assessmentsAssessment, acks: -1, messages: assessment('vale-family-support') });
      const deadline = Date.now() + 5000;
      while (!seen.has(expected) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2));
    }
    running = false;
    await background;
    // the update itself: from publishing the event to the KPI value recomputed in performance's transaction
    const updates = [...sent]
      .filter(([k]) => measuredAt.has(k))
      .map(([k, t]) => measuredAt.get(k)! - t)
      .sort((a, b) => a - b);
    const onTopic = [...sent]
      .filter(([k]) => seen.has(k))
      .map(([k, t]) => seen.get(k)! - t)
      .sort((a, b) => a - b);
    return { rate, updates, onTopic };
  };
  const runs = [];
  for (const rate of RATES) runs.push(await probeAt(rate));

  console.log('\nKPI benchmark (one run, this machine)');
  console.log(`  (a) ${CARERS} carers, a year of KPIs (${n} values) recomputed in ${fullSeconds.toFixed(2)} s   (target <= 10 s)`);
  for (const { rate, updates, onTopic } of runs) {
    console.log(`  (b) with a steady ${rate} events/s in the background, ${onTopic.length}/${PROBES} probes:`);
    console.log(
      `      event published -> KPI recomputed in performance    p50 ${pct(updates, 50)} ms   p99 ${pct(updates, 99)} ms   (target p99 <= 100 ms)`,
    );
    console.log(
      `      event published -> KPI update on ${Topics.performanceKpiStatus}   p50 ${pct(onTopic, 50)} ms   p99 ${pct(onTopic, 99)} ms   max ${onTopic.at(-1)} ms`,
    );
  }
  await reader.disconnect();
  await producer.disconnect();
  await service.stop();
  process.exit(0);
}

main().catch((error) => {
  console.error(`KPI benchmark failed: ${error.message}`);
  process.exit(1);
});
