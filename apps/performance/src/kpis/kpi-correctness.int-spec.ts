import { randomUUID } from 'node:crypto';
import {
  AssessmentCommenced,
  AssessmentCompleted,
  AssessmentContacted,
  AssessmentRefused,
  AssessmentRequested,
  CarerDeregistered,
  CarerRegistered,
  CarerUpdated,
  EmergencyPlanCreated,
  ProviderAllocated,
  ReviewCompleted,
  SupportPlanAgreed,
  Topics,
  WELLBEING_DOMAINS,
  YoungCarerIdentified,
} from '@carers/contracts';
import { createKafka } from '@carers/platform/messaging';
import { eventMessage, eventually, ServiceUnderTest, startServiceUnderTest } from '@carers/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { PERFORMANCE } from '../service';
import { STARTER_CATALOGUE } from './domain/starter-catalogue';

jest.setTimeout(300_000);

const WILTSHIRE = 'E06000054';
const TODAY = new Date().toISOString().slice(0, 10);
const PROVIDERS = ['carers-together', 'downs-carers-trust', 'vale-family-support'];

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}
const rnd = random(20261122);
const between = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
const addDays = (day: string, n: number) => new Date(Date.parse(day) + n * 86_400_000).toISOString().slice(0, 10);
const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

interface Case {
  id: string;
  carerId: string;
  providerId: string;
  fastTrack: boolean;
  requestedOn: string;
  contactedOn?: string;
  commencedOn?: string;
  completedOn?: string;
  refusedOn?: string;
  planAgreedOn?: string;
  youngCarerOn?: string;
  review?: { id: string; type: 'light-touch'; dueOn: string; completedOn: string; improved: boolean };
  /** The carer on the register: consent given at registration or later, a provider moved to, an emergency plan, leaving. */
  carer: {
    registeredOn: string;
    providerId: string;
    consentAtRegistration: boolean;
    gpConsent: boolean;
    movedFrom?: string;
    planOn?: string;
    leftOn?: string;
  };
}

/** A year of work for a three-member consortium; Vale Family Support slowly falls behind on starting assessments. */
function generate(count: number): Case[] {
  return Array.from({ length: count }, (_, i) => {
    const providerId = PROVIDERS[i % 3];
    const requestedOn = addDays('2026-01-01', between(0, 300));
    const month = Number(requestedOn.slice(5, 7));
    const registeredOn = [addDays(requestedOn, -between(0, 40)), '2026-01-01'].sort()[1];
    const consentAtRegistration = rnd() < 0.5;
    const carer: Case['carer'] = { registeredOn, providerId, consentAtRegistration, gpConsent: consentAtRegistration || rnd() < 0.3 };
    if (rnd() < 0.06) Object.assign(carer, { providerId: PROVIDERS[(i + 1) % 3], movedFrom: providerId });
    if (rnd() < 0.35) carer.planOn = addDays(registeredOn, between(0, 90));
    if (rnd() < 0.08) carer.leftOn = addDays(registeredOn, between(20, 200));
    if (carer.planOn && carer.leftOn && carer.planOn >= carer.leftOn) delete carer.planOn;
    const c: Case = { id: randomUUID(), carerId: randomUUID(), providerId, fastTrack: rnd() < 0.1, requestedOn, carer };
    if (rnd() < 0.05) c.refusedOn = addDays(requestedOn, between(1, 5));
    else if (rnd() < 0.95) {
      c.contactedOn = addDays(requestedOn, between(1, 14));
      const slow = providerId === 'vale-family-support' ? month * 2 : 0;
      if (rnd() < 0.92) c.commencedOn = addDays(c.contactedOn, between(0, 10 + slow));
      if (c.commencedOn && rnd() < 0.9) c.completedOn = addDays(c.commencedOn, between(0, 10));
      if (c.completedOn && rnd() < 0.85) c.planAgreedOn = addDays(c.completedOn, between(0, 12));
      if (c.completedOn && rnd() < 0.04) c.youngCarerOn = c.completedOn;
      if (c.planAgreedOn && rnd() < 0.7) {
        const dueOn = addDays(c.planAgreedOn, 84);
        c.review = { id: randomUUID(), type: 'light-touch', dueOn, completedOn: addDays(dueOn, between(-20, 15)), improved: rnd() < 0.6 };
      }
    }
    // what has not happened yet by today is not known
    for (const k of ['contactedOn', 'commencedOn', 'completedOn', 'refusedOn', 'planAgreedOn', 'youngCarerOn'] as const)
      if (c[k] && c[k]! > TODAY) delete c[k];
    if (c.review && (c.review.completedOn > TODAY || !c.planAgreedOn)) delete c.review;
    if (carer.planOn && carer.planOn > TODAY) delete carer.planOn;
    if (carer.leftOn && carer.leftOn > TODAY) delete carer.leftOn;
    return c;
  });
}

/** The events assessments would publish for a case, in order. */
function eventsOf(c: Case): { type: string; data: Record<string, unknown> }[] {
  const base = { assessmentId: c.id, carerId: c.carerId, providerId: c.providerId, requestedOn: c.requestedOn };
  const scores = (n: number) => Object.fromEntries(WELLBEING_DOMAINS.map((d) => [d, n]));
  const out: { type: string; data: Record<string, unknown> }[] = [
    { type: AssessmentRequested.type, data: { ...base, assessmentType: 'carer', route: 'council-officer', fastTrack: c.fastTrack } },
  ];
  if (c.refusedOn) out.push({ type: AssessmentRefused.type, data: { ...base, refusedOn: c.refusedOn } });
  if (c.contactedOn) out.push({ type: AssessmentContacted.type, data: { ...base, contactedOn: c.contactedOn } });
  if (c.commencedOn)
    out.push({
      type: AssessmentCommenced.type,
      data: { ...base, assessmentType: 'carer', fastTrack: c.fastTrack, commencedOn: c.commencedOn },
    });
  if (c.completedOn)
    out.push({
      type: AssessmentCompleted.type,
      data: { ...base, assessmentType: 'carer', method: 'phone', commencedOn: c.commencedOn, completedOn: c.completedOn, eligible: true },
    });
  if (c.youngCarerOn)
    out.push({
      type: YoungCarerIdentified.type,
      data: { assessmentId: c.id, carerId: c.carerId, providerId: c.providerId, identifiedOn: c.youngCarerOn },
    });
  if (c.planAgreedOn)
    out.push({
      type: SupportPlanAgreed.type,
      data: {
        planId: c.id,
        assessmentId: c.id,
        carerId: c.carerId,
        providerId: c.providerId,
        assessmentCompletedOn: c.completedOn,
        agreedOn: c.planAgreedOn,
        directPayment: false,
      },
    });
  if (c.review) {
    out.push({
      type: ReviewCompleted.type,
      data: {
        reviewId: c.review.id,
        planId: c.id,
        assessmentId: c.id,
        carerId: c.carerId,
        providerId: c.providerId,
        reviewType: c.review.type,
        dueOn: c.review.dueOn,
        completedOn: c.review.completedOn,
        entryScores: scores(3),
        scores: scores(c.review.improved ? 4 : 3),
      },
    });
  }
  return out;
}

/** The events registration would publish for a case's carer: on the register's topic in order, and the emergency plan on its own. */
function carerEventsOf(c: Case): {
  register: { type: string; data: Record<string, unknown> }[];
  plans: { type: string; data: Record<string, unknown> }[];
} {
  const k = c.carer;
  const register: { type: string; data: Record<string, unknown> }[] = [
    {
      type: CarerRegistered.type,
      data: {
        carerId: c.carerId,
        kind: 'adult',
        ageBand: '50-64',
        providerId: k.movedFrom ?? k.providerId,
        registeredOn: k.registeredOn,
        gpConsent: k.consentAtRegistration,
      },
    },
  ];
  if (k.gpConsent && !k.consentAtRegistration)
    register.push({
      type: CarerUpdated.type,
      data: {
        carerId: c.carerId,
        changedFields: ['gpConsent'],
        kind: 'adult',
        ageBand: '50-64',
        gpConsent: true,
        updatedOn: k.registeredOn,
      },
    });
  if (k.movedFrom)
    register.push({
      type: ProviderAllocated.type,
      data: { carerId: c.carerId, providerId: k.providerId, previousProviderId: k.movedFrom, allocatedOn: k.registeredOn },
    });
  if (k.leftOn)
    register.push({
      type: CarerDeregistered.type,
      data: { carerId: c.carerId, reason: 'moved-away', providerId: k.providerId, deregisteredOn: k.leftOn },
    });
  const plans = k.planOn
    ? [
        {
          type: EmergencyPlanCreated.type,
          data: {
            carerId: c.carerId,
            planId: randomUUID(),
            providerId: k.providerId,
            contactCount: 2,
            createdOn: k.planOn,
            reviewDueOn: '2030-01-01',
          },
        },
      ]
    : [];
  return { register, plans };
}

/** Every KPI, computed again in plain code straight from the generated cases (`carers`: the cases whose carer the provider supports now). */
function expected(
  cases: Case[],
  carers: Case[],
  kpiId: string,
  period: string,
): { value?: number; numerator?: number; denominator?: number } {
  const inMonth = (day?: string) => !!day && day.startsWith(period);
  const pct = (hits: number, of: number) => ({
    numerator: hits,
    denominator: of,
    value: of ? Math.round((hits / of) * 1000) / 10 : undefined,
  });
  const within = (list: Case[], from: (c: Case) => string | undefined, to: (c: Case) => string | undefined, limit: number) => {
    const counted = list.filter((c) => inMonth(to(c)));
    return pct(counted.filter((c) => days(from(c)!, to(c)!) <= limit).length, counted.length);
  };
  const end = new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)), 0)).toISOString().slice(0, 10);
  const waits = cases
    .filter((c) => inMonth(c.commencedOn))
    .map((c) => days(c.requestedOn, c.commencedOn!))
    .sort((a, b) => a - b);
  const pick = (p: number) => {
    if (!waits.length) return undefined;
    const rank = (p / 100) * (waits.length - 1);
    const lo = Math.floor(rank);
    return Math.round((waits[lo] + (waits[Math.min(lo + 1, waits.length - 1)] - waits[lo]) * (rank - lo)) * 10) / 10;
  };
  const reviews = cases.filter((c) => c.review && inMonth(c.review.completedOn));
  const supported = carers.filter((c) => c.carer.registeredOn <= end && !(c.carer.leftOn && c.carer.leftOn <= end));
  switch (kpiId) {
    case 'first-contact-10-days':
      return within(
        cases,
        (c) => c.requestedOn,
        (c) => c.contactedOn,
        10,
      );
    case 'assessment-commenced-14-days':
      return within(
        cases.filter((c) => !c.fastTrack),
        (c) => c.requestedOn,
        (c) => c.commencedOn,
        14,
      );
    case 'fast-track-commenced-4-days':
      return within(
        cases.filter((c) => c.fastTrack),
        (c) => c.requestedOn,
        (c) => c.commencedOn,
        4,
      );
    case 'support-plan-7-days':
      return within(
        cases,
        (c) => c.completedOn,
        (c) => c.planAgreedOn,
        7,
      );
    case 'light-touch-review-12-weeks':
      return pct(reviews.filter((c) => c.review!.completedOn <= c.review!.dueOn).length, reviews.length);
    case 'planned-review-12-months':
      return pct(0, 0);
    case 'gp-consent-recorded':
      return pct(supported.filter((c) => c.carer.gpConsent).length, supported.length);
    case 'emergency-plans-in-place':
      return pct(supported.filter((c) => c.carer.planOn && c.carer.planOn <= end).length, supported.length);
    case 'wellbeing-improved':
      return pct(reviews.filter((c) => c.review!.improved).length, reviews.length);
    case 'waiting-list-size': {
      const open = cases.filter(
        (c) => c.requestedOn <= end && ![c.commencedOn, c.completedOn, c.refusedOn].some((d) => d && d <= end),
      ).length;
      return { value: open, denominator: open };
    }
    case 'young-carers-identified': {
      const n = cases.filter((c) => inMonth(c.youngCarerOn)).length;
      return { value: n, denominator: n };
    }
    case 'median-wait-to-commence':
      return { value: pick(50), denominator: waits.length };
    case 'p90-wait-to-commence':
      return { value: pick(90), denominator: waits.length };
    default:
      throw new Error(`no independent computation for ${kpiId}`);
  }
}

describe('KPI correctness over a generated year, and rebuild from Kafka', () => {
  let service: ServiceUnderTest;
  let rebuilt: ServiceUnderTest | undefined;
  const cases = generate(Number(process.env['KPI_CASES'] ?? 3000));
  const kafka = createKafka('correctness-test', () => undefined);

  /** A query as Wiltshire's (row-level security). */
  const inCouncil = (s: ServiceUnderTest, sql: string) =>
    s.app.get(DataSource).transaction(async (m) => {
      await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [WILTSHIRE]);
      return m.query(sql);
    });
  const stored = (s: ServiceUnderTest) =>
    inCouncil(
      s,
      `SELECT kpi_id, provider_id, attribution, period, value::float AS value, numerator, denominator, status, breached FROM kpi_value ORDER BY kpi_id, provider_id, period`,
    );
  const applied = async (s: ServiceUnderTest) => Number((await s.app.get(DataSource).query(`SELECT count(*) AS n FROM inbox`))[0].n);
  /** Every event applied and every change it made measured. */
  const settled = (s: ServiceUnderTest, events: number) =>
    eventually(
      async () => {
        if ((await applied(s)) < events) return undefined;
        const [{ n }] = await inCouncil(s, `SELECT count(*)::int AS n FROM kpi_tally_change`);
        return n === 0 ? true : undefined;
      },
      240_000,
      500,
    );

  beforeAll(async () => {
    service = await startServiceUnderTest(AppModule, PERFORMANCE);
  }, 90_000);
  afterAll(async () => {
    await rebuilt?.stop();
    await service?.stop();
  }, 60_000);

  it('computes every KPI for every provider, the consortium and every month exactly as an independent computation does', async () => {
    type Message = { key: string; value: string };
    /** Interleaves the streams in random order (each stream's own events stay in order under its key) and repeats some events. */
    const interleave = (streams: Message[][]) => {
      const messages: Message[] = [];
      while (streams.some((s) => s.length)) {
        const open = streams.filter((s) => s.length);
        const next = open[Math.floor(rnd() * open.length)].shift()!;
        messages.push(next);
        if (rnd() < 0.05) messages.push(next);
      }
      return messages;
    };
    const as = (source: string, key: string) => (e: { type: string; data: Record<string, unknown> }) =>
      eventMessage(e.type, e.data, { key, source, tenant: WILTSHIRE });
    const topics: [string, Message[]][] = [
      [Topics.assessmentsAssessment, interleave(cases.map((c) => eventsOf(c).map(as('assessments', c.id))))],
      [Topics.registrationCarer, interleave(cases.map((c) => carerEventsOf(c).register.map(as('registration', c.carerId))))],
      [Topics.registrationEmergencyPlan, interleave(cases.map((c) => carerEventsOf(c).plans.map(as('registration', c.carerId))))],
    ];
    const unique = topics.reduce((n, [, messages]) => n + new Set(messages.map((m) => m.value)).size, 0);
    const producer = kafka.producer();
    await producer.connect();
    // the topics arrive side by side, so an emergency plan can land before its carer's registration
    for (let i = 0; topics.some(([, m]) => i < m.length); i += 500) {
      for (const [topic, messages] of topics)
        if (i < messages.length) await producer.send({ topic: service.prefix + topic, acks: -1, messages: messages.slice(i, i + 500) });
    }
    await producer.disconnect();
    await settled(service, unique);

    const rows: any[] = await stored(service);
    const mismatches: string[] = [];
    const scopeOf = (attribution: string, providerId: string) =>
      attribution === 'consortium' ? cases : cases.filter((c) => c.providerId === providerId);
    const carersOf = (attribution: string, providerId: string) =>
      attribution === 'consortium' ? cases : cases.filter((c) => c.carer.providerId === providerId);
    for (const row of rows) {
      const want = expected(scopeOf(row.attribution, row.provider_id), carersOf(row.attribution, row.provider_id), row.kpi_id, row.period);
      const got = { value: row.value ?? undefined, numerator: row.numerator ?? undefined, denominator: row.denominator ?? undefined };
      const wanted = { value: want.value, numerator: want.numerator, denominator: want.denominator };
      if (JSON.stringify(got) !== JSON.stringify(wanted))
        mismatches.push(`${row.kpi_id} ${row.provider_id} ${row.period}: got ${JSON.stringify(got)}, want ${JSON.stringify(wanted)}`);
    }
    // and nothing that has cases is missing: every KPI, provider (and the consortium) and month with a denominator
    const targets = [...PROVIDERS.map((p) => ['member', p]), ['consortium', 'carers-together-consortium']];
    const months = Array.from({ length: Number(TODAY.slice(5, 7)) }, (_, i) => `${TODAY.slice(0, 4)}-${String(i + 1).padStart(2, '0')}`);
    for (const kpi of STARTER_CATALOGUE.filter((k) => k.source === 'events')) {
      for (const [attribution, providerId] of targets) {
        for (const period of months) {
          if (!expected(scopeOf(attribution, providerId), carersOf(attribution, providerId), kpi.id, period).denominator) continue;
          if (!rows.some((r) => r.kpi_id === kpi.id && r.provider_id === providerId && r.period === period))
            mismatches.push(`${kpi.id} ${providerId} ${period}: missing`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(rows.length).toBeGreaterThan(300);
  });

  it('rebuilds every projection and KPI value from Kafka from the beginning, with the same result', async () => {
    const before = await stored(service);
    const events = await applied(service);
    // a second instance on an empty database reads the same topic with a fresh consumer group
    rebuilt = await startServiceUnderTest(AppModule, PERFORMANCE, {
      KAFKA_TOPIC_PREFIX: service.prefix,
      KAFKA_GROUP_ID: `${service.prefix}rebuild-${Date.now()}`,
    });
    await settled(rebuilt, events);
    expect(await stored(rebuilt)).toEqual(before);
  });
});
