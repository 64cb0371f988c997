import request from 'supertest';
import { Clearance, KpiBreached, KpiMeasured, KpiMonthClosed, KpiRecovered, MonthClosure, Topics } from '@carers/contracts';
import { createKafka } from '@carers/platform/messaging';
import { Clock, SettableClock } from '@carers/platform/service';
import { bearer, eventMessage, eventually, ServiceUnderTest, startServiceUnderTest, topicFor } from '@carers/testing';
import { AppModule } from '../app.module';
import { LadderJob } from './application/ladder.job';
import { ESCALATION } from '../service';

export const WILTSHIRE = 'E06000054';
/** Wiltshire's consortium: its figure is the contract holder's, the one that costs money by default (ADR 0016). */
export const CONSORTIUM = 'carers-together-consortium';
export type Status = 'green' | 'amber' | 'red';
const TYPES = { measured: KpiMeasured.type, breached: KpiBreached.type, recovered: KpiRecovered.type } as const;

/** A KPI month as the performance service announces it, for a member or the consortium, against a target of 85 and a floor of 70 (breach rule: red). */
export function kpiStatusData(providerId: string, kpiId: string, period: string, status: Status, measuredAt = new Date().toISOString()) {
  return {
    kpiId,
    definitionVersion: 1,
    providerId,
    attribution: providerId === CONSORTIUM ? ('consortium' as const) : ('member' as const),
    period,
    value: status === 'green' ? 90 : status === 'amber' ? 75 : 50,
    numerator: 9,
    denominator: 10,
    status,
    target: 85,
    floor: 70,
    breachRule: 'red',
    measuredAt,
  };
}

/** The escalation service on a settable clock, with a producer that plays the performance service and provider systems. */
export async function escalationUnderTest(today: string) {
  const service: ServiceUnderTest = await startServiceUnderTest(AppModule, ESCALATION, {
    CARERS_COUNCILS: WILTSHIRE,
    CARERS_TODAY: today,
    LADDER_SCAN_SECONDS: '3600',
    NOTIFY_SCAN_SECONDS: '3600',
  });
  const producer = createKafka('escalation-test', () => undefined).producer();
  await producer.connect();
  const officer = await bearer({ role: 'council-officer', tenant: WILTSHIRE });
  const board = await bearer({ role: 'board-member', tenant: WILTSHIRE });
  const clock = service.app.get(Clock) as SettableClock;
  const send = (topic: string, type: string, key: string, source: string, data: object) =>
    producer.send({
      topic: service.prefix + topicFor(topic, source),
      acks: -1,
      messages: [eventMessage(type, data, { key, source, tenant: WILTSHIRE })],
    });

  const harness = {
    service,
    officer,
    board,
    clock,
    provider: (providerId: string) => bearer({ role: 'provider-worker', tenant: WILTSHIRE, providerId }),
    send,
    /** An announcement from the performance service, as it publishes them. */
    kpi: (
      kind: keyof typeof TYPES,
      providerId: string,
      kpiId: string,
      period: string,
      status: Status,
      measuredAt = new Date().toISOString(),
    ) =>
      send(
        Topics.performanceKpiStatus,
        TYPES[kind],
        `${providerId}|${kpiId}`,
        'performance',
        kpiStatusData(providerId, kpiId, period, status, measuredAt),
      ),
    /** A month as performance's month close announces it (ADR 0016); `breached` is after relief. */
    closed: (
      closure: MonthClosure,
      providerId: string,
      kpiId: string,
      period: string,
      status: Status,
      breached: boolean,
      clearedBy?: Clearance,
    ) =>
      send(Topics.performanceKpiStatus, KpiMonthClosed.type, `${providerId}|${kpiId}`, 'performance', {
        ...kpiStatusData(providerId, kpiId, period, status),
        breached,
        closure,
        ...(clearedBy ? { clearedBy } : {}),
      }),
    runDue: () => service.app.get(LadderJob).runDue(),
    /** An officer moves the case, as a contract meeting may agree. */
    moveTo: (caseId: string, to: string, reason: string) =>
      request(service.url).post(`/cases/${caseId}/stage`).set(officer).send({ to, reason }).expect(200),
    caseOf: async (providerId: string, kpiId: string, status: 'live' | 'closed' = 'live') =>
      (await request(service.url).get(`/cases?providerId=${providerId}&status=${status}`).set(officer)).body.find(
        (c: any) => c.kpiId === kpiId,
      ),
    detail: async (id: string) => (await request(service.url).get(`/cases/${id}`).set(officer).expect(200)).body,
    /** Waits until the case for the provider and KPI satisfies the check. */
    until: (providerId: string, kpiId: string, check: (c: any) => boolean, status: 'live' | 'closed' = 'live') =>
      eventually(async () => {
        const c = (await request(service.url).get(`/cases?providerId=${providerId}&status=${status}`).set(officer)).body.find(
          (x: any) => x.kpiId === kpiId,
        );
        return c && check(c) ? c : undefined;
      }, 20_000),
    alertsFor: async (caseId: string) =>
      (await request(service.url).get('/alerts').set(board).expect(200)).body
        .filter((a: any) => a.caseId === caseId)
        .map((a: any) => a.kind)
        .reverse(),
    stop: async () => {
      await producer.disconnect();
      await service.stop();
    },
  };
  const withMeeting = {
    ...harness,
    /** A case opened at the review meeting on a confirmed October breach, on 2026-11-10. */
    atReviewMeeting: async (providerId: string, kpiId: string) => {
      harness.clock.set('2026-11-10');
      await harness.closed('confirmed', providerId, kpiId, '2026-10', 'red', true);
      return harness.until(providerId, kpiId, (c) => c.stage === 'review-meeting');
    },
  };
  return {
    ...withMeeting,
    /** A case opened at the review meeting on a confirmed October breach (on 2026-11-10), then taken to service credits by an officer. */
    atServiceCredits: async (providerId: string, kpiId: string, reason: string) => {
      const opened = await withMeeting.atReviewMeeting(providerId, kpiId);
      await harness.moveTo(opened.id, 'service-credits', reason);
      return opened;
    },
  };
}

export type EscalationHarness = Awaited<ReturnType<typeof escalationUnderTest>>;
