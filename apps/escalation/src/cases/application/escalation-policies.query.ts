import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { EscalationPolicyRepository, PolicyVersion } from './escalation-policy.repository';

/** The current ladder of every contract, and the council's default ('*'). */
@Injectable()
export class EscalationPoliciesQuery {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly policies: EscalationPolicyRepository,
  ) {}

  execute(tenantId: string): Promise<PolicyVersion[]> {
    return this.uow.run(tenantId, (tx) => this.policies.all(tx));
  }
}
