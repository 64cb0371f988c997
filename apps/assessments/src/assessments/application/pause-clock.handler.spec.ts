import { ClockKind } from '@carers/contracts';
import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { Assessment } from '../domain/assessment';
import { AssessmentRepository, WaitingEntry } from './assessment.repository';
import { BankHoliday, ClockPolicyRepository, Timescale } from './clock-policy.repository';
import { ClockRepository, DueClock, HeldClock, RunningClock } from './clock.repository';
import { PauseClockHandler } from './pause-clock.handler';
import { ResumeClockHandler } from './resume-clock.handler';
import { councilScope } from '@carers/platform/auth';

const TENANT = 'E06000054';
const tx = { tenantId: TENANT } as Tx;
const uow = { run: (_: string, work: (tx: Tx) => Promise<unknown>) => work(tx) } as unknown as UnitOfWork;
const clock: Clock = { today: () => '2026-11-20' };

const assessment = Assessment.restore({
  id: 'a-1',
  tenantId: TENANT,
  carerId: 'c-1',
  type: 'carer',
  route: 'council-officer',
  fastTrack: false,
  providerId: 'downs-carers-trust',
  requestedOn: '2026-11-02',
  content: {},
  covered: [],
  childInvolvedInCaring: false,
  version: 1,
});

class OneAssessment extends AssessmentRepository {
  async add(): Promise<void> {
    return undefined;
  }
  async get(_: Tx, id: string): Promise<Assessment | undefined> {
    return id === assessment.facts.id ? assessment : undefined;
  }
  async save(): Promise<void> {
    return undefined;
  }
  async waiting(): Promise<WaitingEntry[]> {
    return [];
  }
  async forCarer(): Promise<Assessment[]> {
    return [assessment];
  }
  async moveToCarer(): Promise<void> {
    return undefined;
  }
}

/** Clocks in memory, one per kind, with what the handler asked of them. */
class InMemoryClocks extends ClockRepository {
  readonly clocks = new Map<ClockKind, RunningClock & { id: string; basis: 'calendar' | 'working' }>();
  async start(): Promise<void> {
    return undefined;
  }
  async stop(): Promise<void> {
    return undefined;
  }
  async stopBy(): Promise<void> {
    return undefined;
  }
  async held(_: Tx, __: string, kind: ClockKind, state: 'running' | 'paused'): Promise<HeldClock | undefined> {
    const c = this.clocks.get(kind);
    return c && !c.stoppedOn && !!c.pausedSince === (state === 'paused') ? { ...c } : undefined;
  }
  async pause(_: Tx, clockId: string, on: string, reason: string): Promise<void> {
    const c = [...this.clocks.values()].find((x) => x.id === clockId)!;
    Object.assign(c, { pausedSince: on, pauseReason: reason });
  }
  async resume(_: Tx, clockId: string, moved: { pausedDays: number; warnOn: string; dueOn: string }): Promise<void> {
    const c = [...this.clocks.values()].find((x) => x.id === clockId)!;
    Object.assign(c, {
      pausedSince: undefined,
      pauseReason: undefined,
      pausedDays: c.pausedDays + moved.pausedDays,
      warnOn: moved.warnOn,
      dueOn: moved.dueOn,
    });
  }
  async forAssessment(): Promise<RunningClock[]> {
    return [...this.clocks.values()].map((c) => ({
      kind: c.kind,
      startedOn: c.startedOn,
      warnOn: c.warnOn,
      dueOn: c.dueOn,
      pausedSince: c.pausedSince,
      pauseReason: c.pauseReason,
      pausedDays: c.pausedDays,
    }));
  }
  async dueOn(): Promise<string | undefined> {
    return undefined;
  }
  async claimDue(): Promise<DueClock[]> {
    return [];
  }
  async markSent(): Promise<void> {
    return undefined;
  }
}

class Holidays extends ClockPolicyRepository {
  async timescales(): Promise<Timescale[]> {
    return [];
  }
  async bankHolidays(): Promise<BankHoliday[]> {
    return [{ day: '2026-11-19', name: 'Local holiday' }];
  }
  async setTimescale(): Promise<void> {
    return undefined;
  }
  async addBankHoliday(): Promise<void> {
    return undefined;
  }
  async removeBankHoliday(): Promise<boolean> {
    return false;
  }
}

describe('PauseClockHandler and ResumeClockHandler', () => {
  let clocks: InMemoryClocks;
  let pause: PauseClockHandler;
  let resume: ResumeClockHandler;
  beforeEach(() => {
    clocks = new InMemoryClocks();
    clocks.clocks.set('commenced', {
      id: 'k-1',
      kind: 'commenced',
      basis: 'working',
      startedOn: '2026-11-02',
      warnOn: '2026-11-13',
      dueOn: '2026-11-20',
      pausedDays: 0,
    });
    pause = new PauseClockHandler(uow, new OneAssessment(), clocks, clock);
    resume = new ResumeClockHandler(uow, new OneAssessment(), clocks, new Holidays(), clock);
  });

  it("moves the deadline and warning on by the working days paused, past the council's bank holidays", async () => {
    const paused = await pause.execute(councilScope(TENANT), {
      assessmentId: 'a-1',
      kind: 'commenced',
      on: '2026-11-16',
      reason: 'carer in hospital',
    });
    expect(paused).toEqual([expect.objectContaining({ pausedSince: '2026-11-16', pauseReason: 'carer in hospital' })]);
    // Mon 16 to Fri 20: Tue 17, Wed 18, Fri 20 (Thu 19 a holiday)
    const resumed = await resume.execute(councilScope(TENANT), { assessmentId: 'a-1', kind: 'commenced' });
    expect(resumed).toEqual([
      expect.objectContaining({ pausedSince: undefined, pausedDays: 3, warnOn: '2026-11-18', dueOn: '2026-11-25' }),
    ]);
  });

  it('refuses a pause after the deadline, a second pause, and resuming a clock not paused', async () => {
    await expect(
      pause.execute(councilScope(TENANT), { assessmentId: 'a-1', kind: 'commenced', on: '2026-11-21', reason: 'x' }),
    ).rejects.toMatchObject({ code: 'illegal-state', message: expect.stringContaining('deadline has passed') });
    await expect(resume.execute(councilScope(TENANT), { assessmentId: 'a-1', kind: 'commenced' })).rejects.toMatchObject({
      message: 'there is no paused commenced clock on this assessment',
    });
    await pause.execute(councilScope(TENANT), { assessmentId: 'a-1', kind: 'commenced', reason: 'x' });
    await expect(pause.execute(councilScope(TENANT), { assessmentId: 'a-1', kind: 'commenced', reason: 'x' })).rejects.toMatchObject({
      message: 'there is no running, unpaused commenced clock on this assessment',
    });
  });

  it("answers not found for another provider's assessment, touching no clock", async () => {
    await expect(
      pause.execute(
        { kind: 'provider', tenantId: TENANT, providerId: 'vale-family-support' },
        { assessmentId: 'a-1', kind: 'commenced', reason: 'x' },
      ),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(clocks.clocks.get('commenced')!.pausedSince).toBeUndefined();
  });
});
