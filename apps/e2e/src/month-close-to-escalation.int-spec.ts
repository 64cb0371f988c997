import { randomUUID } from 'node:crypto';
import { AssessmentCommenced, AssessmentRequested, Topics } from '@carers/contracts';
import { createKafka } from '@carers/platform/messaging';
import { bearer, cloneServiceDatabase, eventMessage, eventually, isolatedTopics } from '@carers/testing';
import { BuiltService, startBuiltService } from './built-service';

const WILTSHIRE = 'E06000054';
const CONSORTIUM = 'carers-together-consortium';
const VALE = 'vale-family-support';
const KPI = 'assessment-commenced-14-days';
const TODAY = '2026-11-10';

/**
 * Issue 18's proof across two real processes (ADR 0016): performance closes the months and decides a dispute,
 * escalation charges and reverses, and everything between them goes through the real broker. September and
 * October are missed by Vale, so the consortium's figure (the contract holder's) breaches; the officer takes the
 * case to service credits; month close freezes both months provisionally and October's credit accrues; the
 * consortium disputes October with the late figures, the officer upholds it, and the credit is reversed with the
 * reason and the board told once. Confirming October afterwards withholds nothing.
 */
describe('from performance month close to escalation through the real broker (issue 18, ADR 0016)', () => {
  const running: BuiltService[] = [];
  const drops: (() => Promise<void>)[] = [];
  const producer = createKafka('month-close-e2e', () => undefined).producer();
  let prefix = '';
  const url = (name: string) => running.find((s) => s.name === name)!.url;

  beforeAll(async () => {
    const topics = await isolatedTopics('month-close');
    prefix = topics.prefix;
    const env: NodeJS.ProcessEnv = {
      ...topics.env,
      CARERS_COUNCILS: WILTSHIRE,
      CARERS_TODAY: TODAY,
      // month close and the ladder's deadlines run when the test asks, not on a timer
      MONTH_CLOSE_SCAN_SECONDS: '3600',
      LADDER_SCAN_SECONDS: '3600',
      NOTIFY_SCAN_SECONDS: '3600',
      LOG_LEVEL: 'warn',
    };
    for (const name of ['performance', 'escalation']) {
      const db = await cloneServiceDatabase({ name, migrations: [], defaultPort: 0 });
      drops.push(db.drop);
      Object.assign(env, db.env);
    }
    running.push(
      ...(await Promise.all(
        (['performance', 'escalation'] as const).map((name, i) =>
          startBuiltService(name, 3921 + i, { ...env, KAFKA_GROUP_ID: `${topics.prefix}${name}` }),
        ),
      )),
    );
    await producer.connect();
  }, 180_000);

  afterAll(async () => {
    await producer.disconnect();
    for (const s of running) if (s.child.exitCode === null) s.child.kill('SIGKILL');
    await Promise.all(drops.map((d) => d()));
  });

  /** Vale's assessments for the month, as the assessments service announces them: `late` commenced after 20 days, the rest after 3. */
  async function commencements(period: string, onTime: number, late: number) {
    const messages = [];
    for (let i = 0; i < onTime + late; i++) {
      const assessmentId = randomUUID();
      const requestedOn = `${period}-${String(1 + (i % 8)).padStart(2, '0')}`;
      const commencedOn = new Date(Date.parse(requestedOn) + (i < late ? 20 : 3) * 86_400_000).toISOString().slice(0, 10);
      const base = { assessmentId, carerId: randomUUID(), providerId: VALE, requestedOn, assessmentType: 'carer', fastTrack: false };
      const key = assessmentId;
      messages.push(
        eventMessage(AssessmentRequested.type, { ...base, route: 'council-officer' }, { key, source: 'assessments', tenant: WILTSHIRE }),
        eventMessage(AssessmentCommenced.type, { ...base, commencedOn }, { key, source: 'assessments', tenant: WILTSHIRE }),
      );
    }
    await producer.send({ topic: prefix + Topics.assessmentsAssessment, acks: -1, messages });
  }

  async function call(service: string, method: string, path: string, who: { authorization: string }, body?: object) {
    const res = await fetch(`${url(service)}${path}`, {
      method,
      headers: { ...who, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${service}${path} answered ${res.status}: ${text}`);
    return text ? JSON.parse(text) : undefined;
  }

  it('accrues a credit on a provisional month, reverses it when an upheld dispute clears the month, tells the board once, and withholds nothing on confirmation', async () => {
    const officer = await bearer({ role: 'council-officer', tenant: WILTSHIRE });
    const board = await bearer({ role: 'board-member', tenant: WILTSHIRE });
    const admin = await bearer({ role: 'platform-admin', tenant: WILTSHIRE });
    const consortium = await bearer({ role: 'provider-worker', tenant: WILTSHIRE, providerId: CONSORTIUM });
    const caseOf = async () =>
      ((await call('escalation', 'GET', `/cases?providerId=${CONSORTIUM}&status=live`, officer)) as any[]).find((c) => c.kpiId === KPI);

    // September's live breach on the consortium's figure is an early warning only
    await commencements('2026-09', 2, 8);
    const warned = await eventually(async () => ((await caseOf())?.stage === 'amber-notice' ? caseOf() : undefined), 30_000);
    expect(warned).toMatchObject({ openedPeriod: '2026-09', providerId: CONSORTIUM });
    await commencements('2026-10', 2, 8);
    await eventually(async () => {
      const values = (await call('performance', 'GET', `/kpi-values?kpiId=${KPI}&providerId=${CONSORTIUM}&period=2026-10`, officer)).values;
      return values[0]?.breached ? true : undefined;
    }, 30_000);
    await call('escalation', 'POST', `/cases/${warned.id}/stage`, officer, {
      to: 'service-credits',
      reason: 'persistent failure agreed at the contract meeting',
    });

    // month close freezes both months provisionally; October's credit accrues on the contract holder, not yet withheld
    expect(await call('performance', 'POST', '/admin/month-close/run', admin)).toMatchObject({ provisional: 2 });
    const credit = (status: string) =>
      eventually(async () => {
        const c = (await call('escalation', 'GET', `/cases/${warned.id}`, officer)).credits.find((x: any) => x.period === '2026-10');
        return c?.status === status ? c : undefined;
      }, 30_000);
    const accrued = await credit('accrued');
    // priced on the contract performance announced (ADR 0018): 0.5% of a twelfth of £6.2m
    expect(accrued).toMatchObject({ amountPence: 258_333, basis: 'contract-schedule' });

    // the consortium disputes October with the figures that arrived late; the officer upholds the dispute
    const dispute = await call('performance', 'POST', '/periods/2026-10/disputes', consortium, {
      kpiId: KPI,
      reason: 'sixty commencements on time were recorded after the month closed',
    });
    await commencements('2026-10', 60, 0);
    await eventually(async () => {
      const values = (await call('performance', 'GET', `/kpi-values?kpiId=${KPI}&providerId=${CONSORTIUM}&period=2026-10`, officer)).values;
      return values[0]?.denominator === 70 ? true : undefined;
    }, 30_000);
    await call('performance', 'POST', `/disputes/${dispute.id}/decision`, officer, {
      outcome: 'upheld',
      reason: 'the late records are genuine',
    });
    const reversed = await credit('reversed');
    expect(reversed).toMatchObject({ reversalReason: 'dispute-upheld', reversedOn: TODAY, amountPence: accrued.amountPence });

    // confirming October now withholds nothing, and the board heard of the reversal once
    await call('performance', 'POST', '/periods/2026-10/confirmation', officer);
    expect(await call('performance', 'GET', '/periods/2026-10', officer)).toMatchObject({ status: 'confirmed' });
    // what escalation does with the confirmed month has no trace of its own when it is right: give it time to act
    await new Promise((r) => setTimeout(r, 5000));
    const detail = await call('escalation', 'GET', `/cases/${warned.id}`, officer);
    expect(detail.credits.map((c: any) => [c.period, c.status])).toEqual([['2026-10', 'reversed']]);
    const alerts = ((await call('escalation', 'GET', '/alerts', board)) as any[]).filter((a) => a.caseId === warned.id);
    expect(alerts.map((a) => a.kind)).toEqual(['credit-reversed']);
    expect(alerts[0].summary).toContain("the provider's dispute of the figure upheld");
    expect(await caseOf()).toMatchObject({ stage: 'service-credits', creditsAccrued: 0 });
  }, 240_000);
});
