// Escalation benchmark: npm run bench:escalation [-- --rate 100 --probes 100]
// With a steady background stream of KPI announcements, the time from the performance service's event that confirms
// another month of the consortium's KPI in breach to the board alert it causes (the credit withheld, ADR 0016) being
// visible (a) in the board API and (b) on the live feed (Server-Sent Events). Target p99 <= 1 s.
import { join } from 'node:path';
import request from 'supertest';
import { KpiMeasured, KpiMonthClosed, MonthClosure, Topics } from '@carers/contracts';
import { createKafka } from '@carers/platform/messaging';
import { bearer, eventMessage, eventually, startServiceUnderTest } from '@carers/testing';
import { AppModule } from '../../apps/escalation/src/app.module';
import { DEFAULT_POLICY } from '../../apps/escalation/src/cases/domain/escalation-policy';
import { CONSORTIUM, kpiStatusData } from '../../apps/escalation/src/cases/escalation.test-helpers';
import { ESCALATION } from '../../apps/escalation/src/service';
import { numberArg as arg, benchLog as log, percentile as pct } from '../bench-cli';

const { ensureKafka } = require(join(process.cwd(), 'tools/kafka/kafka.js'));
const RATE = arg('rate', 100);
const PROBES = arg('probes', 100);
const WILTSHIRE = 'E06000054';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  await ensureKafka({ log });
  const service = await startServiceUnderTest(AppModule, ESCALATION, {
    CARERS_COUNCILS: WILTSHIRE,
    LADDER_SCAN_SECONDS: '3600',
    NOTIFY_SCAN_SECONDS: '3600',
    LOG_LEVEL: process.env['BENCH_SERVICE_LOG'] ?? 'warn',
  });
  const kafka = createKafka('bench-escalation', () => undefined);
  const producer = kafka.producer();
  await producer.connect();
  const officer = await bearer({ role: 'council-officer', tenant: WILTSHIRE });
  const board = await bearer({ role: 'board-member', tenant: WILTSHIRE });
  const kpi = (type: string, providerId: string, kpiId: string, period: string, status: 'green' | 'red') =>
    eventMessage(type, kpiStatusData(providerId, kpiId, period, status), {
      key: `${providerId}|${kpiId}`,
      source: 'performance',
      tenant: WILTSHIRE,
      correlationId: 'bench',
    });
  /** The consortium's month as performance's month close announces it, in breach: only its figure costs money by default. */
  const closed = (closure: MonthClosure, kpiId: string, period: string) =>
    eventMessage(
      KpiMonthClosed.type,
      { ...kpiStatusData(CONSORTIUM, kpiId, period, 'red'), closure, breached: true },
      { key: `${CONSORTIUM}|${kpiId}`, source: 'performance', tenant: WILTSHIRE, correlationId: 'bench' },
    );
  const publish = (messages: ReturnType<typeof kpi>[]) =>
    producer.send({ topic: service.prefix + Topics.performanceKpiStatus, acks: -1, messages });

  log(`preparing ${PROBES} consortium cases at the service-credits stage (a confirmed breach, then moved there by an officer) ...`);
  // every probe's credit is the consortium's in one financial year: room under the total cap, so each credit is alerted
  await request(service.url)
    .put(`/escalation-policies/${CONSORTIUM}`)
    .set(officer)
    .send({ ...DEFAULT_POLICY, creditCapTotalPence: 1_000_000_000 })
    .expect(200);
  const run = Date.now().toString(36);
  const probes = Array.from({ length: PROBES }, (_, i) => ({ kpiId: `bench-${run}-${i}` }));
  for (let i = 0; i < probes.length; i += 50) await publish(probes.slice(i, i + 50).map((p) => closed('confirmed', p.kpiId, '2026-06')));
  const caseIds = new Map<string, string>();
  for (const p of probes) {
    const c = await eventually(
      async () =>
        (await request(service.url).get(`/cases?providerId=${CONSORTIUM}`).set(officer)).body.find((x: any) => x.kpiId === p.kpiId),
      60_000,
    );
    await request(service.url)
      .post(`/cases/${c.id}/stage`)
      .set(officer)
      .send({ to: 'service-credits', reason: 'benchmark set-up' })
      .expect(200);
    caseIds.set(c.id, p.kpiId);
  }
  log(`closing the next month provisionally in breach: ${PROBES} credits accrued, not yet withheld ...`);
  for (let i = 0; i < probes.length; i += 50) await publish(probes.slice(i, i + 50).map((p) => closed('provisional', p.kpiId, '2026-07')));
  await eventually(async () => {
    const { entries } = (await request(service.url).get('/credits').set(officer)).body;
    return entries.filter((e: any) => e.status === 'accrued' && caseIds.has(e.caseId)).length === PROBES ? true : undefined;
  }, 60_000);

  const liveAt = new Map<string, number>();
  const listening = new AbortController();
  const stream = await fetch(`${service.url}/alerts/live`, { headers: board, signal: listening.signal });
  void (async () => {
    const decoder = new TextDecoder();
    for await (const chunk of stream.body as any) {
      for (const block of decoder.decode(chunk).split('\n\n')) {
        const data = block.split('\n').find((l) => l.startsWith('data: '));
        if (!block.includes('event: alert') || !data) continue;
        const alert = JSON.parse(data.slice(6));
        if (alert.kind === 'credit-withheld' && caseIds.has(alert.caseId) && !liveAt.has(alert.caseId))
          liveAt.set(alert.caseId, Date.now());
      }
    }
  })().catch(() => undefined);

  log(`background stream of ${RATE} KPI announcements/s across 20 providers x 15 KPIs; ${PROBES} probes ...`);
  let running = true;
  let backgroundSent = 0;
  const background = (async () => {
    while (running) {
      const batch = Array.from({ length: Math.max(1, RATE / 10) }, (_, j) =>
        kpi(
          KpiMeasured.type,
          `steady-provider-${(backgroundSent + j) % 20}`,
          `steady-kpi-${(backgroundSent + j) % 15}`,
          '2026-10',
          'green',
        ),
      );
      await publish(batch);
      backgroundSent += batch.length;
      await sleep(100);
    }
  })();
  await sleep(2000);

  const apiLatencies: number[] = [];
  const liveLatencies: number[] = [];
  const kpiOf = new Map([...caseIds].map(([caseId, kpiId]) => [kpiId, caseId]));
  for (const [n, p] of probes.entries()) {
    const caseId = kpiOf.get(p.kpiId)!;
    const sent = Date.now();
    await publish([closed('confirmed', p.kpiId, '2026-07')]);
    await eventually(
      async () =>
        (await request(service.url).get('/alerts').set(board)).body.find((a: any) => a.caseId === caseId && a.kind === 'credit-withheld'),
      10_000,
      5,
    );
    apiLatencies.push(Date.now() - sent);
    await eventually(async () => liveAt.get(caseId), 10_000, 5);
    liveLatencies.push(liveAt.get(caseId)! - sent);
    if ((n + 1) % 25 === 0) log(`  ${n + 1}/${PROBES} probes`);
  }
  running = false;
  await background;
  listening.abort();
  apiLatencies.sort((a, b) => a - b);
  liveLatencies.sort((a, b) => a - b);
  console.log('\nEscalation benchmark (one run, this machine)');
  console.log(
    `  background: ${RATE} KPI announcements/s (${backgroundSent} sent); ${PROBES} probes, each a further month confirmed in breach at the service-credits stage`,
  );
  console.log(
    `  confirmed month published -> board alert in GET /alerts     p50 ${pct(apiLatencies, 50)} ms   p99 ${pct(apiLatencies, 99)} ms   max ${apiLatencies.at(-1)} ms   (target p99 <= 1000 ms)`,
  );
  console.log(
    `  confirmed month published -> board alert on the live feed  p50 ${pct(liveLatencies, 50)} ms   p99 ${pct(liveLatencies, 99)} ms   max ${liveLatencies.at(-1)} ms   (target p99 <= 1000 ms)`,
  );
  await producer.disconnect();
  await service.stop();
  process.exit(0);
}

main().catch((error) => {
  console.error(`Escalation benchmark failed: ${error.message}; is PostgreSQL running at 127.0.0.1:5432?`);
  process.exit(1);
});
