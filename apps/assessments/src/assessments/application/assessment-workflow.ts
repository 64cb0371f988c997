import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  AssessmentCommenced, AssessmentCompleted, AssessmentContacted, AssessmentRefused, AssessmentRequested, AssessmentType, DomainError,
  ReferralRoute, YoungCarerIdentified,
} from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { Assessment, Completion, Milestone } from '../domain/assessment';
import { InvalidAssessmentError } from '../domain/assessment.errors';
import { AssessmentScope } from './assessment-scope';
import { AssessmentStore, KnownCarer } from './assessment-store';
import { Clocks } from './clocks';

export class AssessmentNotFoundError extends DomainError {
  constructor(id: string) {
    super('not-found', `There is no assessment ${id}.`);
  }
}

class UnknownCarerError extends DomainError {
  constructor(carerId: string) {
    super('unknown-carer', `carer ${carerId} is not on this council's register (or its registration has not reached assessments yet)`);
  }
}

export interface RequestAssessment {
  carerId: string;
  type?: AssessmentType;
  route: ReferralRoute;
  fastTrack?: boolean;
  providerId?: string;
  requestedOn?: string;
}

/** Which assessments fit which kind of carer. */
const TYPES_FOR_KIND: Record<KnownCarer['kind'], AssessmentType[]> = {
  adult: ['carer', 'child-carer'],
  young: ['young-carer', 'young-carer-transition'],
  parent: ['parent-carer', 'carer', 'child-carer'],
};

export type Step = { step: 'contact'; on?: string } | { step: 'commence'; on?: string } | { step: 'refuse'; on?: string } | { step: 'complete'; completion: Omit<Completion, 'on'> & { on?: string } };

/**
 * The life of an assessment, whoever drives it: a council officer or provider worker over HTTP, a provider
 * system's events, or registration's events. Each recorded step is announced once and moves its clocks.
 */
@Injectable()
export class AssessmentWorkflow {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly store: AssessmentStore,
    private readonly clocks: Clocks,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  request(scope: AssessmentScope, cmd: RequestAssessment): Promise<Assessment> {
    return this.uow.run(scope.tenantId, (tx) => this.requestIn(tx, scope, cmd));
  }

  async requestIn(tx: Tx, scope: AssessmentScope, cmd: RequestAssessment): Promise<Assessment> {
    const today = this.clock.today();
    const carer = await this.store.knownCarer(tx, cmd.carerId);
    if (!carer || (scope.providerId && carer.providerId !== scope.providerId)) throw new UnknownCarerError(cmd.carerId);
    const type = cmd.type ?? TYPES_FOR_KIND[carer.kind][0];
    if (!TYPES_FOR_KIND[carer.kind].includes(type)) throw new InvalidAssessmentError(`a ${type} assessment is not for a ${carer.kind} carer`);
    const assessment = Assessment.request({
      id: randomUUID(), tenantId: tx.tenantId, carerId: carer.carerId, type, route: cmd.route, fastTrack: cmd.fastTrack ?? false,
      providerId: scope.providerId ?? cmd.providerId ?? carer.providerId, requestedOn: cmd.requestedOn ?? today,
    }, today);
    const f = assessment.facts;
    await this.store.add(tx, assessment);
    await this.clocks.start(tx, assessment, 'first-contact', f.requestedOn);
    await this.clocks.start(tx, assessment, f.fastTrack ? 'fast-track-commenced' : 'commenced', f.requestedOn);
    await this.outbox.add(tx, AssessmentRequested, f.id, f.version, {
      assessmentId: f.id, carerId: f.carerId, assessmentType: f.type, route: f.route, fastTrack: f.fastTrack, providerId: f.providerId, requestedOn: f.requestedOn,
    });
    return assessment;
  }

  get(scope: AssessmentScope, id: string): Promise<Assessment> {
    return this.uow.run(scope.tenantId, (tx) => this.inScope(tx, scope, id));
  }

  take(scope: AssessmentScope, id: string, s: Step): Promise<Assessment> {
    const today = this.clock.today();
    return this.uow.run(scope.tenantId, async (tx) => {
      const current = await this.inScope(tx, scope, id, true);
      const next = s.step === 'contact' ? current.contact(s.on ?? today, today)
        : s.step === 'commence' ? current.commence(s.on ?? today, today)
          : s.step === 'refuse' ? current.refuse(s.on ?? today, today)
            : current.complete({ ...s.completion, on: s.completion.on ?? today }, today);
      const milestones = (['contacted', 'commenced', 'completed', 'refused'] as Milestone[]).filter((m) => !milestoneOf(current, m) && milestoneOf(next, m));
      await this.store.save(tx, next);
      await this.announce(tx, next, milestones);
      return next;
    });
  }

  /** A provider system's report, applied in the inbox transaction; refused if the work is not delegated to it. */
  async applyProviderReport(tx: Tx, providerId: string, id: string, report: Parameters<Assessment['applyProviderFacts']>[0]): Promise<void> {
    const current = await this.store.get(tx, id, true);
    if (!current) throw new AssessmentNotFoundError(id);
    current.mustBeDelegatedTo(providerId);
    const { assessment, milestones } = current.applyProviderFacts(report, this.clock.today());
    if (!milestones.length) return;
    await this.store.save(tx, assessment);
    await this.announce(tx, assessment, milestones);
  }

  async inScope(tx: Tx, scope: AssessmentScope, id: string, forUpdate = false): Promise<Assessment> {
    const a = await this.store.get(tx, id, forUpdate);
    if (!a || (scope.providerId && a.facts.providerId !== scope.providerId)) throw new AssessmentNotFoundError(id);
    return a;
  }

  private async announce(tx: Tx, a: Assessment, milestones: Milestone[]): Promise<void> {
    const f = a.facts;
    const common = { assessmentId: f.id, carerId: f.carerId, providerId: f.providerId, requestedOn: f.requestedOn };
    for (const m of milestones) {
      if (m === 'contacted') {
        await this.clocks.stop(tx, f.id, ['first-contact'], f.contactedOn!);
        await this.outbox.add(tx, AssessmentContacted, f.id, f.version, { ...common, contactedOn: f.contactedOn! });
      } else if (m === 'commenced') {
        await this.clocks.stop(tx, f.id, ['first-contact', 'commenced', 'fast-track-commenced'], f.commencedOn!);
        await this.outbox.add(tx, AssessmentCommenced, f.id, f.version, { ...common, assessmentType: f.type, fastTrack: f.fastTrack, commencedOn: f.commencedOn! });
      } else if (m === 'completed') {
        await this.outbox.add(tx, AssessmentCompleted, f.id, f.version, {
          ...common, assessmentType: f.type, method: f.method!, commencedOn: f.commencedOn!, completedOn: f.completedOn!, eligible: f.determination?.eligible,
        });
        if (f.determination?.eligible !== false) await this.clocks.start(tx, a, 'plan-after-assessment', f.completedOn!);
        if (f.childInvolvedInCaring) {
          await this.outbox.add(tx, YoungCarerIdentified, f.id, f.version, { assessmentId: f.id, carerId: f.carerId, providerId: f.providerId, identifiedOn: f.completedOn! });
        }
      } else {
        await this.clocks.stop(tx, f.id, ['first-contact', 'commenced', 'fast-track-commenced'], f.refusedOn!);
        await this.outbox.add(tx, AssessmentRefused, f.id, f.version, { ...common, refusedOn: f.refusedOn! });
      }
    }
  }
}

function milestoneOf(a: Assessment, m: Milestone): string | undefined {
  const f = a.facts;
  return m === 'contacted' ? f.contactedOn : m === 'commenced' ? f.commencedOn : m === 'completed' ? f.completedOn : f.refusedOn;
}
