import { DomainError, Violation } from '@carers/contracts';

export class UnsoundKpiDefinitionError extends DomainError {
  constructor(violations: Violation[]) {
    super('invalid-kpi', `the KPI definition is not sound: ${violations.map((v) => `${v.field}: ${v.reason}`).join('; ')}`, { violations });
  }
}

export class KpiNotFoundError extends DomainError {
  /** `hint` says what to do instead, e.g. how to create it. */
  constructor(id: string, hint?: string) {
    super('not-found', hint ? `There is no KPI ${id}; ${hint}.` : `There is no KPI ${id}.`);
  }
}

export class DuplicateKpiError extends DomainError {
  constructor(id: string) {
    super('duplicate', `KPI ${id} exists; change it with PUT /kpis/${id}.`);
  }
}
