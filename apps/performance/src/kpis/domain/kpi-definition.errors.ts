import { DomainError, Violation } from '@carers/contracts';

export class UnsoundKpiDefinitionError extends DomainError {
  constructor(violations: Violation[]) {
    super('invalid-kpi', `the KPI definition is not sound: ${violations.map((v) => `${v.field}: ${v.reason}`).join('; ')}`, { violations });
  }
}
