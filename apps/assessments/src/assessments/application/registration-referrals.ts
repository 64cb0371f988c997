import { Injectable } from '@nestjs/common';
import { CarerRegistered, CarerUpdated, CaringRelationshipEnded, CaringRelationshipStarted, CloudEvent, ProviderAllocated, YoungCarerTransitionDue } from '@carers/contracts';
import { Tx } from '@carers/platform/persistence';
import { AssessmentStore } from './assessment-store';
import { AssessmentWorkflow } from './assessment-workflow';

/** Requests that registration's events open: a carer who asked on registering, a young carer nearing 18, and re-offers after a refusal. */
@Injectable()
export class RegistrationReferrals {
  constructor(private readonly workflow: AssessmentWorkflow, private readonly store: AssessmentStore) {}

  async registered(tx: Tx, event: CloudEvent<CarerRegistered>): Promise<void> {
    if (event.data.assessmentRequested) {
      await this.workflow.requestIn(tx, { tenantId: tx.tenantId }, { carerId: event.data.carerId, route: 'registration', requestedOn: event.data.registeredOn });
    }
  }

  /** Care Act s63: a transition assessment, once, unless one is already open or done. */
  async transitionDue(tx: Tx, event: CloudEvent<YoungCarerTransitionDue>): Promise<void> {
    const existing = await this.store.forCarer(tx, event.data.carerId);
    if (existing.some((a) => a.facts.type === 'young-carer-transition' && a.status !== 'refused')) return;
    await this.workflow.requestIn(tx, { tenantId: tx.tenantId }, { carerId: event.data.carerId, type: 'young-carer-transition', route: 'transition-due', requestedOn: event.data.dueOn });
  }

  async providerAllocated(tx: Tx, event: CloudEvent<ProviderAllocated>): Promise<void> {
    await tx.query(`UPDATE known_carer SET provider_id = $2 WHERE carer_id = $1`, [event.data.carerId, event.data.providerId]);
  }

  /** Care Act s11(5)-(7): a refusal ends the duty until circumstances change; when they do, the assessment is offered again. */
  async circumstancesChanged(tx: Tx, event: CloudEvent<CaringRelationshipStarted | CaringRelationshipEnded | CarerUpdated>): Promise<void> {
    if (event.type === CarerUpdated.type && !(event.data as CarerUpdated).changedFields.includes('hoursBand')) return;
    const history = await this.store.forCarer(tx, event.data.carerId);
    const latest = history.at(-1);
    if (latest?.status !== 'refused') return;
    await this.workflow.requestIn(tx, { tenantId: tx.tenantId }, { carerId: event.data.carerId, type: latest.facts.type, route: 're-offer', providerId: latest.facts.providerId });
  }
}
