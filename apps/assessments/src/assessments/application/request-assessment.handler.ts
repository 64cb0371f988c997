import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AssessmentRequested, AssessmentType, CarerKind, ReferralRoute } from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx, UnitOfWork } from '@carers/platform/persistence';
import { Clock } from '@carers/platform/service';
import { KnownCarerRepository } from '../../carers/application/known-carer.repository';
import { Assessment } from '../domain/assessment';
import { InvalidAssessmentError, UnknownCarerError } from '../domain/assessment.errors';
import { AssessmentRepository } from './assessment.repository';
import { ClockRepository } from './clock.repository';
import { Scope, providerOf, reaches } from '@carers/platform/auth';

export interface RequestAssessment {
  carerId: string;
  type?: AssessmentType;
  route: ReferralRoute;
  fastTrack?: boolean;
  providerId?: string;
  requestedOn?: string;
}

/** Which assessments fit which kind of carer. */
const TYPES_FOR_KIND: Record<CarerKind, AssessmentType[]> = {
  adult: ['carer', 'child-carer'],
  young: ['young-carer', 'young-carer-transition'],
  parent: ['parent-carer', 'carer', 'child-carer'],
};

/** A request for an assessment of a carer on the register: its clocks start and it is announced. */
@Injectable()
export class RequestAssessmentHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly assessments: AssessmentRepository,
    private readonly carers: KnownCarerRepository,
    private readonly clocks: ClockRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  execute(scope: Scope, cmd: RequestAssessment): Promise<Assessment> {
    return this.uow.run(scope.tenantId, (tx) => this.within(tx, scope, cmd));
  }

  /** In a transaction already open: the inbox's, when registration's events open the request. */
  async within(tx: Tx, scope: Scope, cmd: RequestAssessment): Promise<Assessment> {
    const today = this.clock.today();
    const carer = await this.carers.get(tx, cmd.carerId);
    if (!carer || !reaches(scope, carer.providerId)) throw new UnknownCarerError(cmd.carerId);
    const type = cmd.type ?? TYPES_FOR_KIND[carer.kind][0];
    if (!TYPES_FOR_KIND[carer.kind].includes(type))
      throw new InvalidAssessmentError(`a ${type} assessment is not for a ${carer.kind} carer`);
    const assessment = Assessment.request(
      {
        id: randomUUID(),
        tenantId: tx.tenantId,
        carerId: carer.carerId,
        type,
        route: cmd.route,
        fastTrack: cmd.fastTrack ?? false,
        providerId: providerOf(scope) ?? cmd.providerId ?? carer.providerId,
        requestedOn: cmd.requestedOn ?? today,
      },
      today,
    );
    const f = assessment.facts;
    await this.assessments.add(tx, assessment);
    await this.clocks.start(tx, assessment, 'first-contact', f.requestedOn);
    await this.clocks.start(tx, assessment, f.fastTrack ? 'fast-track-commenced' : 'commenced', f.requestedOn);
    await this.outbox.add(tx, AssessmentRequested, f.id, f.version, {
      assessmentId: f.id,
      carerId: f.carerId,
      assessmentType: f.type,
      route: f.route,
      fastTrack: f.fastTrack,
      providerId: f.providerId,
      requestedOn: f.requestedOn,
    });
    return assessment;
  }
}
