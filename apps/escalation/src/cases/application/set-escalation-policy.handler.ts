import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@carers/platform/persistence';
import { InvalidPolicyError } from '../domain/case.errors';
import { EscalationPolicy, PolicySettings, policyProblems } from '../domain/escalation-policy';
import { EscalationPolicyRepository } from './escalation-policy.repository';

/** A new version of a provider's ladder (or the council's default, '*'); cases opened before keep the version that moved them. */
@Injectable()
export class SetEscalationPolicyHandler {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly policies: EscalationPolicyRepository,
  ) {}

  execute(tenantId: string, providerId: string, settings: PolicySettings, by: string): Promise<EscalationPolicy> {
    return this.uow.run(tenantId, async (tx) => {
      const problems = policyProblems(settings);
      if (problems.length) throw new InvalidPolicyError(problems);
      return { ...settings, version: await this.policies.add(tx, providerId, settings, by) };
    });
  }
}
