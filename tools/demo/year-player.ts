import { addDays as addDaysOn, daysBetween } from '@carers/calendar';
import { AcceleratedClock } from '@carers/platform/service';
import { CarerStory, Member, planYear, WILTSHIRE_CONSORTIUM } from './demo-year';
import { PlatformClient } from './platform-client';
import { ProviderSystems } from './provider-systems';

export interface YearSettings {
  carers: number;
  /** The demo clock all services share: day one of the year, its anchor (epoch ms) and its speed. */
  startDay: string;
  anchorMs: number;
  secondsPerDay: number;
  /** Days the demo runs on after the year, for the ladder's timers to play out. */
  epilogueDays: number;
  members?: Member[];
}

const GIVEN = [
  'Alex',
  'Sam',
  'Jo',
  'Chris',
  'Pat',
  'Kim',
  'Lee',
  'Robin',
  'Jamie',
  'Morgan',
  'Ashley',
  'Charlie',
  'Frankie',
  'Toni',
  'Ray',
  'Nic',
];
const FAMILY = [
  'Fictional',
  'Example',
  'Sample',
  'Placeholder',
  'Demo',
  'Testcase',
  'Madeup',
  'Invented',
  'Pretend',
  'Notreal',
  'Specimen',
  'Mockley',
];
const PRACTICES = ['J83001', 'J83002', 'J83010', 'J83015', 'J83023'];
const addDays = (day: string, n: number) => addDaysOn(day, n, 'calendar');
const POSTCODES = ['SN15 1ER', 'SN14 6AA', 'BA14 8JN', 'SP1 2DH', 'SN10 1HS', 'BA12 9AB', 'SN8 1AA', 'SP4 7DE'];

/** Plays the year day by day on the shared demo clock: the council registers carers and asks for assessments; the members' systems report their work. */
export class YearPlayer {
  readonly clock: AcceleratedClock;
  readonly stories: CarerStory[];
  readonly counts = { registered: 0, requested: 0, providerEvents: 0, failures: 0, mostDaysBehind: 0 };
  private readonly due = new Map<number, (() => Promise<unknown>)[]>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private covered: Record<string, string[]> = {};
  private played = -1;

  constructor(
    private readonly settings: YearSettings,
    private readonly platform: PlatformClient,
    private readonly providers: ProviderSystems,
    private readonly say: (m: string) => void,
  ) {
    this.clock = new AcceleratedClock(settings.startDay, settings.secondsPerDay, settings.anchorMs);
    this.stories = planYear(settings.carers, settings.members ?? WILTSHIRE_CONSORTIUM);
  }

  dayOf(index: number) {
    return addDays(this.settings.startDay, index);
  }

  get dayIndex() {
    return daysBetween(this.settings.startDay, this.clock.today(), 'calendar');
  }

  get finished() {
    return this.played >= 365 + this.settings.epilogueDays;
  }

  async prepare() {
    const types = await this.platform.expect('assessments', 'GET', '/assessment-types', undefined, 200);
    this.covered = Object.fromEntries(
      types.types.map((t: { type: string; requiredContent: { item: string }[] }) => [t.type, t.requiredContent.map((c) => c.item)]),
    );
  }

  /** Catches up with the demo clock: everything due on each day up to today. */
  async catchUp(onNewMonth: (endedMonth: string) => Promise<void>) {
    this.counts.mostDaysBehind = Math.max(this.counts.mostDaysBehind, this.dayIndex - this.played);
    const today = Math.min(this.dayIndex, 365 + this.settings.epilogueDays, this.played + 3);
    while (this.played < today) {
      this.played++;
      const day = this.dayOf(this.played);
      if (day.endsWith('-01') && this.played > 0) await onNewMonth(this.dayOf(this.played - 1).slice(0, 7));
      for (const story of this.stories.filter((s) => s.registeredDay === this.played)) this.track(this.carerJourney(story, day));
      for (const task of this.due.get(this.played) ?? []) this.track(task());
      this.due.delete(this.played);
      while (this.inFlight.size > 64) await Promise.race(this.inFlight);
    }
  }

  async drain() {
    await Promise.all(this.inFlight);
  }

  private track(p: Promise<unknown>) {
    const tracked = p
      .catch((error) => {
        this.counts.failures++;
        if (this.counts.failures <= 5) this.say(`a demo step failed (the platform refused it or was busy): ${error.message}`);
      })
      .finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
  }

  private at(index: number, task: () => Promise<unknown>) {
    const when = Math.max(index, this.played + 1);
    this.due.set(when, [...(this.due.get(when) ?? []), task]);
  }

  private async carerJourney(s: CarerStory, day: string) {
    const born = s.kind === 'young' ? addDays(day, -(365 * (10 + (s.index % 7)) + 40)) : addDays(day, -(365 * (30 + (s.index % 45)) + 100));
    const carer = await this.platform.expect(
      'registration',
      'POST',
      '/carers',
      {
        kind: s.kind,
        givenName: GIVEN[s.index % GIVEN.length],
        familyName: `${FAMILY[(s.index >> 4) % FAMILY.length]}-${s.index}`,
        dateOfBirth: born,
        postcode: POSTCODES[s.index % POSTCODES.length],
        providerId: s.providerId,
        gpConsent: s.gpConsent,
        gpPracticeCode: PRACTICES[s.index % PRACTICES.length],
      },
      201,
    );
    this.counts.registered++;
    if (s.emergencyPlan) {
      await this.platform.expect(
        'registration',
        'POST',
        `/carers/${carer.id}/emergency-plan`,
        {
          contacts: [
            { name: 'Neighbour (fictional)', relationship: 'neighbour', phone: '07700 900123', consentGiven: true },
            { name: 'Sibling (fictional)', relationship: 'sibling', phone: '07700 900456', consentGiven: true },
          ],
          needs: { routine: 'Help to get up at 8am; meals at 12 and 6' },
        },
        201,
      );
    }
    const assessment = await this.platform.requestAssessment(carer.id, s.providerId, day);
    this.counts.requested++;
    const on = (after: number) => addDays(day, after);
    // a member's system reports one assessment's steps in order, even when the demo catches up several days at once
    let reported: Promise<unknown> = Promise.resolve();
    const report = (after: number, send: () => Promise<unknown>) =>
      this.at(s.registeredDay + after, () => {
        reported = reported.then(async () => {
          await send();
          this.counts.providerEvents++;
        });
        return reported;
      });
    report(s.contactAfter, () => this.providers.contacted(s.providerId, assessment.id, on(s.contactAfter)));
    report(s.commenceAfter, () => this.providers.commenced(s.providerId, assessment.id, on(s.contactAfter), on(s.commenceAfter)));
    report(s.completeAfter, () =>
      this.providers.completed(s.providerId, assessment.id, {
        type: assessment.type,
        contactedOn: on(s.contactAfter),
        commencedOn: on(s.commenceAfter),
        completedOn: on(s.completeAfter),
        covered: this.covered[assessment.type] ?? [],
        childFoundCaring: s.childFoundCaring,
      }),
    );
    report(s.planAfter, () => this.providers.planAgreed(s.providerId, assessment.id, on(s.planAfter)));
    report(s.planAfter + 84, () => this.providers.reviewed(s.providerId, assessment.id, on(s.planAfter + 84), s.wellbeingImproves));
  }
}
