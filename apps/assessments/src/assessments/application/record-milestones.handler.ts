import { Injectable } from '@nestjs/common';
import {
  AssessmentClosed,
  AssessmentCommenced,
  AssessmentCompleted,
  AssessmentContacted,
  AssessmentRefused,
  CLOCK_KINDS,
  YoungCarerIdentified,
} from '@carers/contracts';
import { Outbox } from '@carers/platform/messaging';
import { Tx } from '@carers/platform/persistence';
import { Assessment, Milestone } from '../domain/assessment';
import { AssessmentRepository } from './assessment.repository';
import { ClockRepository } from './clock.repository';

/**
 * Saves a step of an assessment, whoever took it (a council officer or provider worker over HTTP, or a provider
 * system's events), and announces each milestone it newly reached, or reached earlier than recorded (a provider's
 * earlier date arriving later: issue 19), moving its clocks.
 */
@Injectable()
export class RecordMilestonesHandler {
  constructor(
    private readonly assessments: AssessmentRepository,
    private readonly clocks: ClockRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute(tx: Tx, a: Assessment, milestones: Milestone[]): Promise<Assessment> {
    await this.assessments.save(tx, a);
    const f = a.facts;
    const common = { assessmentId: f.id, carerId: f.carerId, providerId: f.providerId, requestedOn: f.requestedOn };
    for (const m of milestones) {
      if (m === 'contacted') {
        await this.clocks.stopBy(tx, f.id, ['first-contact'], f.contactedOn!);
        await this.outbox.add(tx, AssessmentContacted, f.id, f.version, { ...common, contactedOn: f.contactedOn! });
      } else if (m === 'commenced') {
        await this.clocks.stopBy(tx, f.id, ['first-contact', 'commenced', 'fast-track-commenced'], f.commencedOn!);
        await this.outbox.add(tx, AssessmentCommenced, f.id, f.version, {
          ...common,
          assessmentType: f.type,
          fastTrack: f.fastTrack,
          commencedOn: f.commencedOn!,
        });
      } else if (m === 'completed') {
        await this.outbox.add(tx, AssessmentCompleted, f.id, f.version, {
          ...common,
          assessmentType: f.type,
          method: f.method!,
          commencedOn: f.commencedOn!,
          completedOn: f.completedOn!,
          eligible: f.determination?.eligible,
        });
        if (f.determination?.eligible !== false) await this.clocks.start(tx, a, 'plan-after-assessment', f.completedOn!);
        if (f.childInvolvedInCaring) {
          await this.outbox.add(tx, YoungCarerIdentified, f.id, f.version, {
            assessmentId: f.id,
            carerId: f.carerId,
            providerId: f.providerId,
            identifiedOn: f.completedOn!,
          });
        }
      } else if (m === 'closed') {
        await this.clocks.stop(tx, f.id, [...CLOCK_KINDS], f.closedOn!);
        await this.outbox.add(tx, AssessmentClosed, f.id, f.version, { ...common, closedOn: f.closedOn!, reason: f.closeReason! });
      } else {
        await this.clocks.stopBy(tx, f.id, ['first-contact', 'commenced', 'fast-track-commenced'], f.refusedOn!);
        await this.outbox.add(tx, AssessmentRefused, f.id, f.version, { ...common, refusedOn: f.refusedOn! });
      }
    }
    return a;
  }
}
